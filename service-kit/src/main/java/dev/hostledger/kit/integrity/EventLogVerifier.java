package dev.hostledger.kit.integrity;

import dev.hostledger.contracts.EventCatalog;
import dev.hostledger.contracts.EventType;
import dev.hostledger.kit.publish.IntegrationEventMappings;
import dev.hostledger.kit.publish.IntegrationEventPublisher;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

/**
 * Verifies one service's history: the event store (continuity, order, hash chain, checkpoints, deserialization),
 * every {@link VerifiableProjection} against a rebuild, and the topics against what the publisher passed. Each fault
 * names the service, the aggregate, the sequence number and its kind.
 */
public class EventLogVerifier {

    private final String service;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Checkpoints checkpoints;
    private final EventStoreScan scan;
    private final ProcessorPositions positions;
    private final ProjectionDriftCheck drift;
    private final List<VerifiableProjection> projections;
    private final TopicCompletenessCheck topics;
    private final Clock clock;
    private final IntegrityProperties properties;

    /**
     * @param mappings    what the service publishes, or {@code null} if nothing (then topics are not read)
     * @param topics      the topic check, or {@code null} when the service publishes nothing
     */
    public EventLogVerifier(String service, DataSource dataSource, TransactionTemplate transaction,
                            Checkpoints checkpoints, Serializer eventSerializer, Serializer tokenSerializer,
                            IntegrationEventMappings mappings, List<VerifiableProjection> projections,
                            TopicCompletenessCheck topics, Clock clock, IntegrityProperties properties) {
        this.service = service;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.checkpoints = checkpoints;
        StoredEventReader reader = new StoredEventReader(properties.fetchSize());
        this.scan = new EventStoreScan(service, reader, new EventDeserializer(eventSerializer), mappings);
        this.positions = new ProcessorPositions(jdbc, tokenSerializer);
        this.drift = new ProjectionDriftCheck(service, dataSource, transaction, reader, eventSerializer, positions,
                properties.projectionCatchUpTimeout());
        this.projections = List.copyOf(projections);
        this.topics = mappings == null ? null : topics;
        this.clock = clock;
        this.properties = properties;
    }

    public IntegrityReport verify(VerifyProgress progress) throws InterruptedException {
        Instant startedAt = clock.instant();
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        // Publisher position first, end offsets second: what it had acknowledged is then below the captured ends.
        LongPredicate published = topics == null ? globalIndex -> false
                : positions.passed(IntegrationEventPublisher.PROCESSING_GROUP);
        Map<TopicPartition, Long> endOffsets = topics == null ? Map.of() : topics.endOffsets(publishedTopics());
        progress.expect(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));

        progress.enter(VerifyProgress.Phase.EVENT_STORE);
        EventStoreScan.Result store = scanStore(published, progress);
        List<IntegrityFault> faults = new ArrayList<>(store.faults());

        progress.enter(VerifyProgress.Phase.PROJECTIONS);
        for (VerifiableProjection projection : projections) {
            faults.addAll(drift.check(projection, head));
        }
        if (topics != null) {
            progress.enter(VerifyProgress.Phase.TOPICS);
            faults.addAll(topics.check(store.published(), endOffsets));
        }
        return IntegrityReport.of(service, startedAt, clock.instant(), store.eventsChecked(), faults,
                properties.maxFaultsListed());
    }

    /**
     * Every projection's tables here against a rebuild from another store's events (a restore drill's scratch
     * database), without waiting for this service's processors.
     */
    public List<IntegrityFault> compareProjectionsWithRebuildFrom(DataSource eventSource) throws InterruptedException {
        List<IntegrityFault> faults = new ArrayList<>();
        for (VerifiableProjection projection : projections) {
            faults.addAll(drift.check(projection, null, eventSource));
        }
        return faults;
    }

    private EventStoreScan.Result scanStore(LongPredicate published, VerifyProgress progress) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return scan.run(connection, checkpoints.load(), published, progress);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store failed", e);
        }
    }

    /** Every topic a type of the catalog travels on; which of them this service's events use is known per event. */
    private Set<String> publishedTopics() {
        return EventCatalog.ALL.stream().map(EventType::topic).collect(Collectors.toSet());
    }
}
