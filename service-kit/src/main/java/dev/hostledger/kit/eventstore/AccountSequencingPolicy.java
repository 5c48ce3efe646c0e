package dev.hostledger.kit.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one customer's events in order across segments: the sequence is the event's {@code accountId} (a record
 * component most Hostledger events have), else its aggregate. Axon's default, per aggregate, lets two aggregates of
 * one account (e.g. two payments of one invoice) be handled in parallel by different segments, so a processor that
 * sends commands (billing's payment application) could apply them in another order than they arrived.
 *
 * <p>Opt-in per processor, and only for one whose events all carry an {@code accountId}: an aggregate with some
 * events without it would see those sequenced apart from the rest, and its own events reordered.
 */
public final class AccountSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final SequentialPerAggregatePolicy PER_AGGREGATE = SequentialPerAggregatePolicy.instance();
    private final Map<Class<?>, Optional<Method>> accountIdAccessors = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Optional<Method> accessor = accountIdAccessors.computeIfAbsent(payload.getClass(),
                AccountSequencingPolicy::accountIdOf);
        if (accessor.isPresent()) {
            try {
                Object accountId = accessor.get().invoke(payload);
                if (accountId != null) {
                    return "account:" + accountId;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read accountId of " + payload.getClass().getName(), e);
            }
        }
        return PER_AGGREGATE.getSequenceIdentifierFor(event);
    }

    private static Optional<Method> accountIdOf(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("accountId") && component.getType() == String.class) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return Optional.of(accessor);
            }
        }
        return Optional.empty();
    }
}
