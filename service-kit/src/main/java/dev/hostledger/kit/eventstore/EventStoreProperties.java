package dev.hostledger.kit.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of the JDBC event store and the streaming processors that read it.
 *
 * @param gapTimeout         how long a hole in the global index is awaited before it is given up as a rolled-back
 *                           transaction. Must stay far above the longest transaction: a commit that arrives later
 *                           than this is skipped silently by every streaming processor (Axon #4829).
 * @param batchSize          events fetched per query when streaming
 * @param projectionSegments segments of each projection processor (the publisher always runs one, for order)
 */
@ConfigurationProperties("hostledger.event-store")
public record EventStoreProperties(Duration gapTimeout, Integer batchSize, Integer projectionSegments) {

    public EventStoreProperties {
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(10) : gapTimeout;
        batchSize = batchSize == null ? 100 : batchSize;
        projectionSegments = projectionSegments == null ? 2 : projectionSegments;
    }
}
