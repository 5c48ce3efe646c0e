package dev.hostledger.kit.ops.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Replaying projections across the instances of a service.
 *
 * @param pollInterval       how often a replay updates its progress and its lease's heartbeat, and how often every
 *                           instance looks at the leases (so a peer stops its processor within about this long)
 * @param leaseTimeout       a lease whose heartbeat is older than this is abandoned (its instance died): peers start
 *                           their processors again and a new replay may take it over
 * @param peerReleaseTimeout how long a replay waits for every instance to release the processor's segments before
 *                           it gives up (no token is touched then)
 * @param projections        processors that are projections besides those of {@code VerifiableProjection} beans:
 *                           their handlers write only their own read-model tables (never a command, a message or a
 *                           Kafka record) and have a {@code @ResetHandler} that empties those tables
 */
@ConfigurationProperties("hostledger.replay")
public record ReplayProperties(Duration pollInterval, Duration leaseTimeout, Duration peerReleaseTimeout,
                               List<String> projections) {

    public ReplayProperties {
        projections = projections == null ? List.of() : List.copyOf(projections);
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        leaseTimeout = leaseTimeout == null ? Duration.ofMinutes(1) : leaseTimeout;
        peerReleaseTimeout = peerReleaseTimeout == null ? Duration.ofSeconds(60) : peerReleaseTimeout;
    }
}
