package dev.hostledger.kit.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Event log verification and its checkpoints.
 *
 * @param checkpointInterval      how often aggregates' heads older than the gap timeout are checkpointed
 * @param fetchSize               rows per round trip when verify streams the event store
 * @param projectionCatchUpTimeout how long verify waits for a projection to reach the store's head before comparing
 * @param topicReadTimeout        how long reading a topic up to its end offsets may take
 * @param maxFaultsListed         faults listed in a report (all are counted)
 * @param runAndExit              run verify at start-up, print the report and exit: 0 clean, 1 faults, 2 failed
 */
@ConfigurationProperties("hostledger.verify")
public record IntegrityProperties(Duration checkpointInterval, Integer fetchSize, Duration projectionCatchUpTimeout,
                                  Duration topicReadTimeout, Integer maxFaultsListed, Boolean runAndExit) {

    public IntegrityProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
        fetchSize = fetchSize == null ? 1000 : fetchSize;
        projectionCatchUpTimeout = projectionCatchUpTimeout == null ? Duration.ofSeconds(30) : projectionCatchUpTimeout;
        topicReadTimeout = topicReadTimeout == null ? Duration.ofMinutes(2) : topicReadTimeout;
        maxFaultsListed = maxFaultsListed == null ? 1000 : maxFaultsListed;
        runAndExit = runAndExit != null && runAndExit;
    }

    public static IntegrityProperties defaults() {
        return new IntegrityProperties(null, null, null, null, null, null);
    }
}
