package dev.hostledger.kit.publish;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.kit.actor.Actor;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Kafka record of a stored event, one way for the publisher and for an operator's re-publication: topic from
 * the catalog, key = account id, CloudEvent id = stored event id (so consumers' inboxes recognise a repeat), actor
 * and reason as extensions.
 */
public final class IntegrationRecords {

    public static final String CONTENT_TYPE_HEADER = "content-type";

    private final IntegrationEventMappings mappings;
    private final CloudEventCodec codec;
    private final URI source;

    public IntegrationRecords(IntegrationEventMappings mappings, CloudEventCodec codec, URI source) {
        this.mappings = mappings;
        this.codec = codec;
        this.source = source;
    }

    /** @param extraExtensions added to the envelope (e.g. {@code republished=true}); lower-case letters and digits */
    public Optional<ProducerRecord<String, byte[]>> toRecord(EventMessage<?> message,
                                                             Map<String, String> extraExtensions) {
        return mappings.toIntegrationEvent(message.getPayload()).map(event -> {
            String subject = message instanceof DomainEventMessage<?> domain
                    ? domain.getAggregateIdentifier() : event.accountId();
            Map<String, String> extensions = actorExtensions(message.getMetaData());
            extensions.putAll(extraExtensions);
            CloudEvent envelope = codec.envelope(message.getIdentifier(), source, subject, event, extensions);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                    EventCatalog.of(event).topic(), event.accountId(), codec.serialize(envelope));
            record.headers().add(CONTENT_TYPE_HEADER, CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return record;
        });
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
