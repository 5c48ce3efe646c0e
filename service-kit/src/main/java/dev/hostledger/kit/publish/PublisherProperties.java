package dev.hostledger.kit.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param sendTimeout how long the publisher waits for the broker's acknowledgement of one record before it gives
 *                    up, stops and retries from its last token
 */
@ConfigurationProperties("hostledger.publisher")
public record PublisherProperties(Duration sendTimeout) {

    public PublisherProperties {
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
    }
}
