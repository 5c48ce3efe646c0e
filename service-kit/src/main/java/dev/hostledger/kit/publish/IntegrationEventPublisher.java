package dev.hostledger.kit.publish;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.kit.actor.Actor;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
    public static final String CONTENT_TYPE_HEADER = "content-type";

    private final IntegrationEventMappings mappings;
    private final CloudEventCodec codec;
    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final URI source;
    private final PublisherProperties properties;

    public IntegrationEventPublisher(IntegrationEventMappings mappings, CloudEventCodec codec,
                                     KafkaTemplate<String, byte[]> kafkaTemplate, URI source,
                                     PublisherProperties properties) {
        this.mappings = mappings;
        this.codec = codec;
        this.kafkaTemplate = kafkaTemplate;
        this.source = source;
        this.properties = properties;
    }

    // A projection replay must never re-publish: this processor is never reset, and replays skip it anyway.
    @DisallowReplay
    @EventHandler
    public void on(Object payload, EventMessage<?> message) throws Exception {
        var integrationEvent = mappings.toIntegrationEvent(payload);
        if (integrationEvent.isEmpty()) {
            return;
        }
        IntegrationEvent event = integrationEvent.get();
        String subject = message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier() : event.accountId();
        CloudEvent envelope = codec.envelope(message.getIdentifier(), source, subject, event,
                actorExtensions(message.getMetaData()));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                EventCatalog.of(event).topic(), event.accountId(), codec.serialize(envelope));
        record.headers().add(CONTENT_TYPE_HEADER, CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafkaTemplate.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** CloudEvents extension names are lower-case letters and digits only. */
    private static Map<String, String> actorExtensions(Map<String, ?> metaData) {
        Map<String, String> extensions = new HashMap<>();
        Actor.fromMetaData(metaData).ifPresent(actor -> {
            extensions.put("actortype", actor.type().name().toLowerCase());
            extensions.put("actorid", actor.id());
        });
        Object reason = metaData.get(Actor.REASON_KEY);
        if (reason != null) {
            extensions.put("reason", reason.toString());
        }
        return extensions;
    }
}
