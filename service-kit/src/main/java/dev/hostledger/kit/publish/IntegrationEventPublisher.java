package dev.hostledger.kit.publish;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The outbox: reads the committed event store through its own streaming processor and publishes each mapped event
 * to its topic, keyed by account id, with the stored event's id as CloudEvent id. It waits for the broker's
 * acknowledgement (acks=all) before returning, so the processor's token moves only past acknowledged records; any
 * failure propagates, and the processor stops and retries from its last token. At-least-once, never skipped.
 */
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class IntegrationEventPublisher {

    public static final String PROCESSING_GROUP = "integration-publisher";
    public static final String CONTENT_TYPE_HEADER = IntegrationRecords.CONTENT_TYPE_HEADER;

    private final IntegrationRecords records;
    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final PublisherProperties properties;

    public IntegrationEventPublisher(IntegrationRecords records, KafkaTemplate<String, byte[]> kafkaTemplate,
                                     PublisherProperties properties) {
        this.records = records;
        this.kafkaTemplate = kafkaTemplate;
        this.properties = properties;
    }

    // A projection replay must never re-publish: this processor is never reset, and replays skip it anyway.
    @DisallowReplay
    @EventHandler
    public void on(Object payload, EventMessage<?> message) throws Exception {
        Optional<ProducerRecord<String, byte[]>> record = records.toRecord(message, Map.of());
        if (record.isPresent()) {
            kafkaTemplate.send(record.get()).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
