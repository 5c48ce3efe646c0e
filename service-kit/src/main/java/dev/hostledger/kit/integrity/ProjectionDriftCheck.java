package dev.hostledger.kit.integrity;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * Compares a projection with a fresh rebuild, without any code of its own per projection. In one transaction that
 * is always rolled back, each of the projection's tables is shadowed by an empty temporary copy (PostgreSQL resolves
 * unqualified names in pg_temp first, and the projection's JdbcTemplate joins this transaction's connection), every
 * stored event the projection handles is fed to its Axon handlers, and the copy is compared with the real table
 * both ways (EXCEPT). Differing primary keys are reported; nothing is written.
 */
final class ProjectionDriftCheck {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Duration POLL = Duration.ofMillis(200);

    private final String service;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredEventReader reader;
    private final Serializer eventSerializer;
    private final ProcessorPositions positions;
    private final Duration catchUpTimeout;

    ProjectionDriftCheck(String service, DataSource dataSource, TransactionTemplate transaction,
                         StoredEventReader reader, Serializer eventSerializer, ProcessorPositions positions,
                         Duration catchUpTimeout) {
        this.service = service;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = transaction;
        this.reader = reader;
        this.eventSerializer = eventSerializer;
        this.positions = positions;
        this.catchUpTimeout = catchUpTimeout;
    }

    /** @param head the last global index when the run started: the projection must have reached it first */
    List<IntegrityFault> check(VerifiableProjection projection, Long head) throws InterruptedException {
        return check(projection, head, null);
    }

    /**
     * @param eventSource another store to rebuild from (a restore drill's scratch database: its events against this
     *                    service's tables), or {@code null} for this service's own
     */
    List<IntegrityFault> check(VerifiableProjection projection, Long head, DataSource eventSource)
            throws InterruptedException {
        if (head != null && !projection.writtenInCommandTransaction()
                && !awaitCaughtUp(projection.processingGroup(), head)) {
            return List.of(new IntegrityFault(service, projection.processingGroup(), null, FaultKind.PROJECTION_BEHIND,
                    "processor " + projection.processingGroup() + " did not reach global index " + head + " within "
                            + catchUpTimeout + "; not compared"));
        }
        projection.tables().forEach(ProjectionDriftCheck::requireTableName);
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        List<IntegrityFault> faults = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            String schema = jdbc.queryForObject("SELECT current_schema()", String.class);
            for (String table : projection.tables()) {
                jdbc.execute("CREATE TEMP TABLE " + table + " (LIKE " + schema + "." + table
                        + " INCLUDING ALL) ON COMMIT DROP");
            }
            if (eventSource == null) {
                replay(handlers, jdbc, DataSourceUtils.getConnection(dataSource));
            } else {
                replayFrom(eventSource, handlers);
            }
            for (String table : projection.tables()) {
                compare(schema, table, faults);
            }
        });
        return faults;
    }

    private boolean awaitCaughtUp(String processor, long head) throws InterruptedException {
        long deadline = System.nanoTime() + catchUpTimeout.toNanos();
        while (true) {
            LongPredicate passed = positions.passed(processor);
            if (passed.test(head)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void replayFrom(DataSource eventSource, AnnotationEventHandlerAdapter handlers) {
        try (java.sql.Connection connection = eventSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                replay(handlers, new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                        connection, true)), connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the other event store for a rebuild failed", e);
        }
    }

    private void replay(AnnotationEventHandlerAdapter handlers, JdbcTemplate events, java.sql.Connection source) {
        List<String> handledTypes = new ArrayList<>();
        for (String type : events.queryForList("SELECT DISTINCT payload_type FROM domain_event_entry", String.class)) {
            Class<?> resolved = eventSerializer.classForType(new SimpleSerializedType(type, null));
            if (resolved != UnknownSerializedType.class && handlers.canHandleType(resolved)) {
                handledTypes.add(type);
            }
        }
        if (handledTypes.isEmpty()) {
            return;
        }
        EventDeserializer deserializer = new EventDeserializer(eventSerializer);
        try {
            reader.inAppendOrder(source, handledTypes, event -> {
                try {
                    handlers.handle(deserializer.message(event));
                } catch (Exception e) {
                    throw new IllegalStateException("rebuilding from event " + event.eventId() + " of "
                            + event.aggregate() + " failed: " + e.getMessage(), e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store for a rebuild failed", e);
        }
    }

    private void compare(String schema, String table, List<IntegrityFault> faults) {
        List<String> keyColumns = jdbc.queryForList("""
                SELECT a.attname FROM pg_index i
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass AND i.indisprimary
                ORDER BY array_position(i.indkey::int2[], a.attnum)""", String.class, schema, table);
        if (keyColumns.isEmpty()) {
            throw new IllegalStateException("projection table " + table + " has no primary key to report drift by");
        }
        String key = "concat_ws('/', " + String.join("::text, ", keyColumns) + "::text)";
        String real = schema + "." + table;
        String rebuilt = "pg_temp." + table;
        Set<String> onlyRebuilt = new HashSet<>(jdbc.queryForList("SELECT " + key + " FROM (SELECT * FROM " + rebuilt
                + " EXCEPT SELECT * FROM " + real + ") d", String.class));
        List<String> onlyReal = jdbc.queryForList("SELECT " + key + " FROM (SELECT * FROM " + real
                + " EXCEPT SELECT * FROM " + rebuilt + ") d ORDER BY 1", String.class);
        String where = "table " + table + ", key (" + String.join(", ", keyColumns) + ")";
        for (String row : onlyReal) {
            boolean differs = onlyRebuilt.remove(row);
            faults.add(new IntegrityFault(service, row, null,
                    differs ? FaultKind.PROJECTION_ROW_DIFFERS : FaultKind.PROJECTION_ROW_EXTRA,
                    where + (differs ? ": stored row differs from the rebuilt one" : ": no event explains this row")));
        }
        onlyRebuilt.stream().sorted().forEach(row -> faults.add(new IntegrityFault(service, row, null,
                FaultKind.PROJECTION_ROW_MISSING, where + ": the events write this row, the table lacks it")));
    }

    private static void requireTableName(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain table name: " + table);
        }
    }
}
