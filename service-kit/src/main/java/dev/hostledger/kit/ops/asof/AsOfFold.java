package dev.hostledger.kit.ops.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An aggregate's state as of a past business instant, folded from its stored events. Each event type the view reads
 * is declared with where its business time is (the {@code occurredAt}-style instant the aggregate took from the
 * injected Clock: {@code openedAt}, {@code issuedAt}, ...) and how it changes the view; an event counts when its
 * business time is at or before the instant asked for. Axon's own {@code time_stamp} (wall time of the append) is
 * never used: a backdated or replayed history would be judged by when it was written, not by when it happened.
 * Event types the view does not declare are skipped (they do not change what the view shows).
 *
 * @param <S> the view; {@code null} until the aggregate's first event is folded (so "did not exist yet" is empty)
 */
public final class AsOfFold<S> {

    private record Step<S, E>(Function<E, Instant> businessTime, BiFunction<S, E, S> apply) {

        @SuppressWarnings("unchecked")
        Instant timeOf(Object payload) {
            return businessTime.apply((E) payload);
        }

        @SuppressWarnings("unchecked")
        S applyTo(S state, Object payload) {
            return apply.apply(state, (E) payload);
        }
    }

    private final Map<Class<?>, Step<S, ?>> steps;

    private AsOfFold(Map<Class<?>, Step<S, ?>> steps) {
        this.steps = Map.copyOf(steps);
    }

    public static <S> Builder<S> builder() {
        return new Builder<>();
    }

    /** The view of {@code aggregateId} as of {@code at}; empty when no declared event had happened by then. */
    public Optional<S> asOf(EventStore eventStore, String aggregateId, Instant at) {
        DomainEventStream events = eventStore.readEvents(aggregateId);
        S state = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Step<S, ?> step = steps.get(event.getPayloadType());
            if (step == null) {
                continue;
            }
            Object payload = event.getPayload();
            // Per event, not "stop at the first later one": a backdated fact (e.g. a delivery recorded late) may
            // carry an earlier business time than the event before it.
            if (!step.timeOf(payload).isAfter(at)) {
                state = step.applyTo(state, payload);
            }
        }
        return Optional.ofNullable(state);
    }

    public static final class Builder<S> {

        private final Map<Class<?>, Step<S, ?>> steps = new LinkedHashMap<>();

        /**
         * @param businessTime when the fact happened, in business time
         * @param apply        the view after the event; receives {@code null} for the aggregate's first event
         */
        public <E> Builder<S> on(Class<E> type, Function<E, Instant> businessTime, BiFunction<S, E, S> apply) {
            steps.put(type, new Step<>(businessTime, apply));
            return this;
        }

        public AsOfFold<S> build() {
            return new AsOfFold<>(steps);
        }
    }
}
