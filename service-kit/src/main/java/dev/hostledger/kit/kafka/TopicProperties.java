package dev.hostledger.kit.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the services create Hostledger's topics when they are missing.
 *
 * @param partitions        partitions per topic (the account id is the key, so more partitions keep per-account order)
 * @param replicationFactor 1 for a local broker; 3 on a real cluster
 */
@ConfigurationProperties("hostledger.kafka.topics")
public record TopicProperties(Integer partitions, Short replicationFactor) {

    public TopicProperties {
        partitions = partitions == null ? 3 : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    }
}
