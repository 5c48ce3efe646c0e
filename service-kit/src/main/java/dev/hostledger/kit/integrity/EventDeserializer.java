package dev.hostledger.kit.integrity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns stored events back into what Axon hands to handlers, with the service's own event serializer, so "it
 * deserializes" means what it means when an aggregate is loaded or a projection replays. Not thread-safe (caches).
 */
final class EventDeserializer {

    private final Serializer serializer;
    private final Map<String, Boolean> resolvableTypes = new HashMap<>();

    EventDeserializer(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The payload, or an exception saying why it cannot be had. */
    Object payload(StoredEvent event) {
        String typeName = event.payloadTypeName();
        SerializedType type = new SimpleSerializedType(typeName, event.revision());
        // An unknown class does not throw: Jackson's serializer hands back an UnknownSerializedType placeholder.
        boolean resolves = resolvableTypes.computeIfAbsent(typeName,
                name -> serializer.classForType(type) != UnknownSerializedType.class);
        if (!resolves) {
            throw new IllegalArgumentException("payload type " + typeName + " does not resolve to a class");
        }
        return serializer.deserialize(new SimpleSerializedObject<>(event.payload(), byte[].class, type));
    }

    MetaData metaData(StoredEvent event) {
        if (event.metaData() == null) {
            return MetaData.emptyInstance();
        }
        return MetaData.from(serializer.deserialize(new SerializedMetaData<>(event.metaData(), byte[].class)));
    }

    DomainEventMessage<?> message(StoredEvent event) {
        return new GenericDomainEventMessage<>(event.aggregateType(), event.aggregate(), event.sequenceNumber(),
                payload(event), metaData(event), event.eventId(), Instant.parse(event.timestamp()));
    }
}
