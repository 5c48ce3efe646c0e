package dev.hostledger.kit.backup;

import org.axonframework.serialization.SimpleSerializedObject;

import java.util.HashMap;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads an archive into an empty store, all or nothing: the archive is read and checked completely before the first
 * write, then loaded again (checked once more) in one transaction that commits only at the end. Events keep their
 * global index and stored hash (the V20 trigger honours {@code hostledger.restoring}); the global index sequence
 * continues after the restored head; checkpoints are set from the restored heads; the processors listed by
 * {@link RestoreContributor#processorsStartingAtHead()} start at the head and every other processor (the
 * projections) has no token, so it starts from the first event and rebuilds its read model.
 *
 * <p>Point in time: an aggregate keeps its events up to the first one stamped after the instant, so every aggregate
 * is a prefix of its history (its hash chain intact, its sequence without holes), even if a clock stepped back.
 */
public class EventStoreRestore {

    private final String service;
    private final Map<String, ArchivedTable> tables = new LinkedHashMap<>();
    private final Set<String> processorsAtHead;
    private final ArchiveReader reader;
    private final Serializer tokenSerializer;
    private final Clock clock;
    private final int batchSize;

    public EventStoreRestore(String service, List<RestoreContributor> contributors, ArchiveReader reader,
                             Serializer tokenSerializer, Clock clock, BackupProperties properties) {
        this.service = service;
        Set<String> atHead = new TreeSet<>();
        for (RestoreContributor contributor : contributors) {
            contributor.archivedTables().forEach(table -> tables.put(table.name(), table));
            atHead.addAll(contributor.processorsStartingAtHead());
        }
        this.processorsAtHead = Set.copyOf(atHead);
        this.reader = reader;
        this.tokenSerializer = tokenSerializer;
        this.clock = clock;
        this.batchSize = properties.batchSize();
    }

    /** @param upTo {@code null} for everything, else the point in time */
    public RestoreResult restore(DataSource target, Path archive, Instant upTo, BackupProgress progress,
                                 AuditEntry audit) {
        long started = System.nanoTime();
        progress.enter(BackupProgress.Phase.VERIFYING_ARCHIVE);
        ArchiveManifest manifest = reader.verify(archive);
        requireThisService(manifest);
        progress.expect(manifest.events());
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RestoreResult result = load(connection, archive, manifest, upTo, progress, started);
                audit.withOutcome((audit.outcome() == null ? "restored" : audit.outcome()) + ": " + result.events()
                        + " events, head " + result.headGlobalIndex() + ", " + result.eventsLeftOut()
                        + " left out after the point in time").record(connection, clock.instant());
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RestoreFailedException("restore of " + archive + " failed, nothing was written: "
                    + e.getMessage(), e);
        }
    }

    private void requireThisService(ArchiveManifest manifest) {
        if (!service.equals(manifest.service())) {
            throw new ArchiveRefusedException(ArchiveManifest.ENTRY, null, "the archive is of " + manifest.service()
                    + ", this is " + service);
        }
        for (ArchiveManifest.Table table : manifest.tables()) {
            if (!tables.containsKey(table.name())) {
                throw new ArchiveRefusedException(table.entry(), null, "the archive holds table " + table.name()
                        + ", which " + service + " does not declare (RestoreContributor)");
            }
        }
    }

    private RestoreResult load(Connection connection, Path archive, ArchiveManifest manifest, Instant upTo,
                               BackupProgress progress, long started) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL hostledger.restoring = 'on'");
            // Nobody appends or consumes into the store while it is restored, and the emptiness checked holds.
            statement.execute("LOCK TABLE domain_event_entry IN EXCLUSIVE MODE");
            for (ArchiveManifest.Table table : manifest.tables()) {
                statement.execute("LOCK TABLE " + table.name() + " IN EXCLUSIVE MODE");
            }
        }
        requireEmpty(connection, "domain_event_entry");
        for (ArchiveManifest.Table table : manifest.tables()) {
            requireEmpty(connection, table.name());
        }
        progress.enter(BackupProgress.Phase.EVENTS);
        Loader loader = new Loader(connection, upTo, progress);
        reader.read(archive, loader);
        loader.flush();
        progress.enter(BackupProgress.Phase.FINISHING);
        Long head = single(connection, "SELECT max(global_index) FROM domain_event_entry");
        continueSequences(connection, head, manifest);
        checkpoint(connection, head);
        positionProcessors(connection, head);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new RestoreResult(service, manifest.createdAt(), manifest.createdBy(), loader.events,
                manifest.events() - loader.events, loader.cut.size(), head, loader.rows, millis);
    }

    private static void requireEmpty(Connection connection, String table) throws SQLException {
        Long rows = single(connection, "SELECT count(*) FROM (SELECT 1 FROM " + table + " LIMIT 1) t");
        if (rows != null && rows > 0) {
            throw new RestoreFailedException("the target is not empty: " + table + " has rows; a restore only loads"
                    + " into an empty store (drop and recreate the database, or restore into a new one)");
        }
    }

    private void continueSequences(Connection connection, Long head, ArchiveManifest manifest) throws SQLException {
        if (head != null) {
            single(connection, "SELECT setval('domain_event_entry_global_index_seq', " + head + ")");
        }
        for (ArchiveManifest.Table table : manifest.tables()) {
            List<String[]> serials = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT a.attname, pg_get_serial_sequence(?, a.attname) FROM pg_attribute a
                    WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped""")) {
                statement.setString(1, table.name());
                statement.setString(2, table.name());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (rows.getString(2) != null) {
                            serials.add(new String[] {rows.getString(1), rows.getString(2)});
                        }
                    }
                }
            }
            for (String[] serial : serials) {
                single(connection, "SELECT setval('" + serial[1] + "', coalesce(max(" + serial[0]
                        + "), 0) + 1, false) FROM " + table.name());
            }
        }
    }

    private void checkpoint(Connection connection, Long head) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO event_store_checkpoint (aggregate_identifier, last_sequence, last_hash, checkpointed_at)
                SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number, event_hash, ?
                FROM domain_event_entry WHERE event_hash IS NOT NULL
                ORDER BY aggregate_identifier, sequence_number DESC
                ON CONFLICT (aggregate_identifier) DO UPDATE SET last_sequence = excluded.last_sequence,
                    last_hash = excluded.last_hash, checkpointed_at = excluded.checkpointed_at""")) {
            statement.setTimestamp(1, Timestamp.from(clock.instant()));
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE event_store_checkpoint_progress SET next_global_index = ? WHERE id = 1")) {
            statement.setLong(1, head == null ? 0 : head + 1);
            statement.executeUpdate();
        }
    }

    private void positionProcessors(Connection connection, Long head) throws SQLException {
        Map<String, Long> archivedPositions = archivedPositions(connection);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM token_entry");
        }
        if (head == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner)
                VALUES (?, 0, ?, ?, ?, NULL)""")) {
            for (String processor : processorsAtHead) {
                // Where it was at the backup, so what it had not yet published is published now; else the head.
                long position = Math.min(head, archivedPositions.getOrDefault(processor, head));
                SerializedObject<byte[]> token = tokenSerializer.serialize(
                        GapAwareTrackingToken.newInstance(position, List.of()), byte[].class);
                statement.setString(1, processor);
                statement.setBytes(2, token.getData());
                statement.setString(3, token.getType().getName());
                statement.setString(4, clock.instant().toString());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The lowest position of each archived processor token: below a gap nothing is known to be done. */
    private Map<String, Long> archivedPositions(Connection connection) throws SQLException {
        Map<String, Long> positions = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT processor_name, token, token_type FROM token_entry WHERE token IS NOT NULL")) {
            while (rows.next()) {
                Object token = tokenSerializer.deserialize(new SimpleSerializedObject<>(rows.getBytes(2), byte[].class,
                        rows.getString(3), null));
                if (token instanceof GapAwareTrackingToken gapAware) {
                    long safe = gapAware.getGaps().isEmpty() ? gapAware.getIndex() : gapAware.getGaps().first() - 1;
                    positions.merge(rows.getString(1), safe, Math::min);
                }
            }
        }
        return positions;
    }

    private static Long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            Object value = rows.getObject(1);
            return value instanceof Number number ? number.longValue() : null;
        }
    }

    /** Inserts what the archive holds in batches; the point in time decides what is left out. */
    private final class Loader implements ArchiveReader.Visitor {

        private final Connection connection;
        private final Instant upTo;
        private final BackupProgress progress;
        private final PreparedStatement insertEvent;
        private final Set<String> cut = new HashSet<>();
        private final Map<String, Long> rows = new LinkedHashMap<>();
        private final List<String> pendingRows = new ArrayList<>();
        private String pendingTable;
        private int pendingEvents;
        private long events;

        Loader(Connection connection, Instant upTo, BackupProgress progress) throws SQLException {
            this.connection = connection;
            this.upTo = upTo;
            this.progress = progress;
            this.insertEvent = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                        event_identifier, payload_type, payload_revision, time_stamp, meta_data, payload, event_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        }

        @Override
        public void event(ArchivedEvent event) throws SQLException {
            if (cut.contains(event.aggregateIdentifier())
                    || (upTo != null && Instant.parse(event.timeStamp()).isAfter(upTo))) {
                cut.add(event.aggregateIdentifier());
                return;
            }
            insertEvent.setLong(1, event.globalIndex());
            insertEvent.setString(2, event.aggregateIdentifier());
            insertEvent.setLong(3, event.sequenceNumber());
            insertEvent.setString(4, event.type());
            insertEvent.setString(5, event.eventIdentifier());
            insertEvent.setString(6, event.payloadType());
            insertEvent.setString(7, event.payloadRevision());
            insertEvent.setString(8, event.timeStamp());
            insertEvent.setBytes(9, event.metaData());
            insertEvent.setBytes(10, event.payload());
            insertEvent.setBytes(11, event.eventHash());
            insertEvent.addBatch();
            events++;
            if (++pendingEvents == batchSize) {
                flushEvents();
            }
        }

        @Override
        public void tableRow(String table, String rowJson) throws SQLException {
            if (!table.equals(pendingTable)) {
                flush();
                pendingTable = table;
                rows.put(table, 0L);
                progress.enter(BackupProgress.Phase.TABLES);
            }
            pendingRows.add(rowJson);
            if (pendingRows.size() == batchSize) {
                flushRows();
            }
        }

        void flush() throws SQLException {
            flushEvents();
            flushRows();
        }

        private void flushEvents() throws SQLException {
            if (pendingEvents > 0) {
                insertEvent.executeBatch();
                pendingEvents = 0;
                progress.done(events);
            }
        }

        /** PostgreSQL parses the rows back into the table's own types (bytea, timestamptz, numeric, jsonb). */
        private void flushRows() throws SQLException {
            if (pendingRows.isEmpty()) {
                return;
            }
            ArchivedTable table = tables.get(pendingTable);
            String sql = "INSERT INTO " + table.name() + " SELECT * FROM json_populate_recordset(NULL::"
                    + table.name() + ", ?::json) r"
                    + (upTo != null && table.pointInTimeColumn() != null
                    ? " WHERE r." + table.pointInTimeColumn() + " IS NULL OR r." + table.pointInTimeColumn()
                    + " <= ?" : "");
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, "[" + String.join(",", pendingRows) + "]");
                if (upTo != null && table.pointInTimeColumn() != null) {
                    statement.setTimestamp(2, Timestamp.from(upTo));
                }
                rows.merge(pendingTable, (long) statement.executeUpdate(), Long::sum);
            }
            pendingRows.clear();
        }
    }
}
