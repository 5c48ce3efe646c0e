package dev.hostledger.kit.consume;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param concurrency     consumer threads of the service's listener container
 * @param maxRetryBackoff longest wait between two attempts at a record whose processing failed for a transient
 *                        reason (database down); attempts never stop, so nothing is skipped
 */
@ConfigurationProperties("hostledger.consumer")
public record ConsumerProperties(Integer concurrency, Duration maxRetryBackoff) {

    public ConsumerProperties {
        concurrency = concurrency == null ? 1 : concurrency;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofSeconds(30) : maxRetryBackoff;
    }
}
