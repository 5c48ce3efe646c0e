package dev.hostledger.kit.backup;

import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * Writes one service's history into an archive: every event exactly as stored (hash included) and every declared
 * table, all read in one REPEATABLE READ transaction, so the tables match the events (an inbox entry is there exactly
 * when the events its record caused are).
 */
public class EventStoreBackup {

    private final String service;
    private final DataSource dataSource;
    private final List<ArchivedTable> tables;
    private final ObjectMapper json;
    private final Clock clock;
    private final BackupProperties properties;

    public EventStoreBackup(String service, DataSource dataSource, List<ArchivedTable> tables, ObjectMapper json,
                            Clock clock, BackupProperties properties) {
        this.service = service;
        this.dataSource = dataSource;
        this.tables = List.copyOf(tables);
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    public ArchiveManifest write(OutputStream out, String operator, String reason, BackupProgress progress) {
        String createdAt = clock.instant().toString();
        try (Connection connection = dataSource.getConnection();
             ArchiveWriter archive = new ArchiveWriter(out, json, properties.chunkSize())) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                progress.expect(count(connection));
                progress.enter(BackupProgress.Phase.EVENTS);
                events(connection, archive, progress);
                progress.enter(BackupProgress.Phase.TABLES);
                for (ArchivedTable table : tables) {
                    table(connection, archive, table);
                }
                progress.enter(BackupProgress.Phase.FINISHING);
                return archive.finish(service, createdAt, operator, reason);
            } finally {
                connection.rollback();
            }
        } catch (SQLException | IOException e) {
            throw new RestoreFailedException("backup of " + service + " failed: " + e.getMessage(), e);
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void events(Connection connection, ArchiveWriter archive, BackupProgress progress)
            throws SQLException, IOException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, payload_type,
                       payload_revision, time_stamp, meta_data, payload, event_hash
                FROM domain_event_entry ORDER BY global_index""")) {
            statement.setFetchSize(properties.fetchSize());
            try (ResultSet rows = statement.executeQuery()) {
                long written = 0;
                while (rows.next()) {
                    archive.event(new ArchivedEvent(rows.getLong(1), rows.getString(2), rows.getLong(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getBytes(9), rows.getBytes(10), rows.getBytes(11)));
                    if (++written % properties.chunkSize() == 0) {
                        progress.done(written);
                    }
                }
                progress.done(written);
            }
        }
    }

    private void table(Connection connection, ArchiveWriter archive, ArchivedTable table)
            throws SQLException, IOException {
        archive.beginTable(table);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT row_to_json(t)::text FROM " + table.name() + " t")) {
            statement.setFetchSize(properties.fetchSize());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    archive.tableRow(rows.getString(1));
                }
            }
        }
        archive.endTable();
    }
}
