package dev.hostledger.kit.integrity;

import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.kit.publish.IntegrationEventMappings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * One streaming pass over the whole store in (aggregate, sequence) order: judges each aggregate's history, checks
 * that every event deserializes, and collects the events the publisher has passed for the topic check.
 */
final class EventStoreScan {

    private static final int PROGRESS_EVERY = 10_000;

    /** What the pass found, and the published events the topics must hold. */
    record Result(List<IntegrityFault> faults, long eventsChecked, List<PublishedEvent> published) {
    }

    private final String service;
    private final StoredEventReader reader;
    private final EventDeserializer deserializer;
    private final IntegrationEventMappings mappings;
    private final Set<String> publishedTypes;

    EventStoreScan(String service, StoredEventReader reader, EventDeserializer deserializer,
                   IntegrationEventMappings mappings) {
        this.service = service;
        this.reader = reader;
        this.deserializer = deserializer;
        this.mappings = mappings;
        this.publishedTypes = mappings == null ? Set.of()
                : mappings.publishedPayloadTypes().stream().map(Class::getName).collect(Collectors.toSet());
    }

    /**
     * @param checkpoints          by aggregate id; consumed (what is left had no events at all)
     * @param publisherHasPassed   whether the publisher has acknowledged the event at a global index
     */
    Result run(Connection connection, Map<String, Checkpoint> checkpoints, LongPredicate publisherHasPassed,
               VerifyProgress progress) throws SQLException {
        List<IntegrityFault> faults = new ArrayList<>();
        List<PublishedEvent> published = new ArrayList<>();
        AggregateHistory history = new AggregateHistory(service, new EventHashChain());
        long[] checked = {0};
        reader.byAggregate(connection, event -> {
            if (!history.belongsTo(event)) {
                history.judge(checkpoints.remove(history.aggregate()), faults::add);
            }
            history.add(event);
            Object payload = deserialize(event, faults);
            if (payload != null && publishedTypes.contains(event.payloadTypeName())
                    && publisherHasPassed.test(event.globalIndex())) {
                mappings.toIntegrationEvent(payload).ifPresent(integration -> published.add(new PublishedEvent(
                        event.eventId(), event.aggregate(), event.sequenceNumber(),
                        EventCatalog.of(integration).topic())));
            }
            if (++checked[0] % PROGRESS_EVERY == 0) {
                progress.done(checked[0]);
            }
        });
        if (!history.isEmpty()) {
            history.judge(checkpoints.remove(history.aggregate()), faults::add);
        }
        checkpoints.values().forEach(checkpoint -> faults.add(new IntegrityFault(service, checkpoint.aggregate(), 0L,
                FaultKind.HEAD_BELOW_CHECKPOINT, "no event of the aggregate is left; checkpointed up to sequence "
                + checkpoint.lastSequence())));
        progress.done(checked[0]);
        return new Result(faults, checked[0], published);
    }

    private Object deserialize(StoredEvent event, List<IntegrityFault> faults) {
        try {
            deserializer.metaData(event);
            return deserializer.payload(event);
        } catch (RuntimeException e) {
            faults.add(new IntegrityFault(service, event.aggregate(), event.sequenceNumber(),
                    FaultKind.UNDESERIALIZABLE, "event " + event.eventId() + " (" + event.payloadTypeName() + "): "
                    + e.getMessage()));
            return null;
        }
    }
}
