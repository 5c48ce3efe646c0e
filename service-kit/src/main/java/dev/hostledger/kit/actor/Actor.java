package dev.hostledger.kit.actor;

import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who caused a command, carried as message metadata so that every event it produces records it (Axon copies the
 * keys from command to events). Operators must also give a reason.
 */
public record Actor(ActorType type, String id) {

    public static final String TYPE_KEY = "actorType";
    public static final String ID_KEY = "actorId";
    public static final String REASON_KEY = "reason";

    public Actor {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an actor needs an id");
        }
    }

    public static Actor customer(String id) {
        return new Actor(ActorType.CUSTOMER, id);
    }

    public static Actor operator(String id) {
        return new Actor(ActorType.OPERATOR, id);
    }

    public static Actor system(String component) {
        return new Actor(ActorType.SYSTEM, component);
    }

    public static Actor outsidePublisher(String source) {
        return new Actor(ActorType.OUTSIDE_PUBLISHER, source);
    }

    public MetaData toMetaData(String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put(TYPE_KEY, type.name());
        values.put(ID_KEY, id);
        if (reason != null && !reason.isBlank()) {
            values.put(REASON_KEY, reason);
        }
        return MetaData.from(values);
    }

    public static Optional<Actor> fromMetaData(Map<String, ?> metaData) {
        Object type = metaData.get(TYPE_KEY);
        Object id = metaData.get(ID_KEY);
        if (type == null || id == null) {
            return Optional.empty();
        }
        return Optional.of(new Actor(ActorType.valueOf(type.toString()), id.toString()));
    }
}
