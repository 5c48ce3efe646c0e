package dev.hostledger.kit.publish;

import dev.hostledger.contracts.IntegrationEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which of a service's stored (domain) events other services hear about, and as what integration event. Domain
 * events stay free to evolve; the contract changes only through a new mapping or a new versioned type.
 */
public final class IntegrationEventMappings {

    private final Map<Class<?>, Function<Object, IntegrationEvent>> byPayloadType;

    private IntegrationEventMappings(Map<Class<?>, Function<Object, IntegrationEvent>> byPayloadType) {
        this.byPayloadType = Map.copyOf(byPayloadType);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<IntegrationEvent> toIntegrationEvent(Object payload) {
        Function<Object, IntegrationEvent> mapping = byPayloadType.get(payload.getClass());
        return mapping == null ? Optional.empty() : Optional.of(mapping.apply(payload));
    }

    public Set<Class<?>> publishedPayloadTypes() {
        return byPayloadType.keySet();
    }

    public static final class Builder {

        private final Map<Class<?>, Function<Object, IntegrationEvent>> byPayloadType = new LinkedHashMap<>();

        public <E> Builder map(Class<E> payloadType, Function<E, ? extends IntegrationEvent> mapping) {
            byPayloadType.put(payloadType, payload -> mapping.apply(payloadType.cast(payload)));
            return this;
        }

        public IntegrationEventMappings build() {
            return new IntegrationEventMappings(byPayloadType);
        }
    }
}
