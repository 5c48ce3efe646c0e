package dev.hostledger.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes and reads Hostledger events as CloudEvents 1.0 in structured mode ({@code application/cloudevents+json}):
 * the whole event is the Kafka record value, so an outside team can publish with any Kafka client. Reading checks,
 * in order, the envelope, the type, the data's JSON Schema and its binding, and names the first failure.
 */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final ObjectMapper mapper;
    private final EventFormat format = new JsonFormat();
    private final SchemaRegistry schemaRegistry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public CloudEventCodec() {
        this.mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The outgoing envelope of an event recorded under {@code id} (the stored event's id). */
    public CloudEvent envelope(String id, URI source, String subject, IntegrationEvent data,
                               Map<String, String> extensions) {
        EventType<?> type = EventCatalog.of(data);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type.name())
                .withSubject(subject)
                .withTime(data.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("partitionkey", data.accountId())
                .withData(toJson(data));
        extensions.forEach(builder::withExtension);
        return builder.build();
    }

    public byte[] serialize(CloudEvent event) {
        return format.serialize(event);
    }

    public DecodedEvent decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidEventException("empty record value: expected a structured-mode CloudEvent");
        }
        CloudEvent envelope;
        try {
            envelope = format.deserialize(value);
        } catch (EventDeserializationException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidEventException("malformed CloudEvent: " + rootMessage(e), e);
        }
        EventType<?> type = EventCatalog.byName(envelope.getType())
                .orElseThrow(() -> new InvalidEventException("unknown event type '" + envelope.getType() + "'"));
        if (envelope.getData() == null) {
            throw new InvalidEventException("CloudEvent " + envelope.getId() + " of type " + type.name() + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(envelope.getData().toBytes());
        } catch (IOException e) {
            throw new InvalidEventException("data of CloudEvent " + envelope.getId() + " is not JSON: " + rootMessage(e), e);
        }
        List<Error> violations = schemaOf(type).validate(data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException("schema violation in " + type.name() + ": " + violations.stream()
                    .map(v -> v.getInstanceLocation() + " " + v.getMessage())
                    .collect(Collectors.joining("; ")));
        }
        try {
            return new DecodedEvent(envelope, type, mapper.treeToValue(data, type.dataClass()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidEventException("data of " + type.name() + " does not bind: " + rootMessage(e), e);
        }
    }

    private byte[] toJson(IntegrationEvent data) {
        try {
            return mapper.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Schema schemaOf(EventType<?> type) {
        return schemas.computeIfAbsent(type.name(), name -> {
            try (InputStream in = CloudEventCodec.class.getResourceAsStream(type.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("missing JSON Schema " + type.schemaResource());
                }
                return schemaRegistry.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
