package dev.hostledger.testsupport;

/** A real Kafka broker. Topics are not auto-created: create the ones a test needs. */
public interface KafkaServer {
    String bootstrapServers();
}
