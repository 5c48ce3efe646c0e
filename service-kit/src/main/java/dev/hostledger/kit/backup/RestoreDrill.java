package dev.hostledger.kit.backup;

import dev.hostledger.kit.integrity.Checkpoints;
import dev.hostledger.kit.integrity.EventLogVerifier;
import dev.hostledger.kit.integrity.IntegrityProperties;
import dev.hostledger.kit.integrity.IntegrityReport;
import dev.hostledger.kit.integrity.VerifyProgress;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Proves an archive usable before it is needed: restores it into a scratch database {@code <db>_drill_<epoch>} on
 * the same server (migrated like the service's own), runs verify there, compares each archived aggregate head with
 * the live store and each projection of the live service with a rebuild from the restored events, reports, and
 * drops the scratch database whatever happened.
 */
public class RestoreDrill {

    /** How to reach a database on the service's server: its JDBC URL, user and password. */
    public record Server(String jdbcUrl, String username, String password) {

        String urlOf(String database) {
            return jdbcUrl.replaceFirst("^(jdbc:postgresql://[^/]*/)[^?]*", "$1" + database);
        }
    }

    private final String service;
    private final DataSource live;
    private final Server server;
    private final List<String> flywayLocations;
    private final EventStoreRestore restore;
    private final EventLogVerifier liveVerifier;
    private final Serializer eventSerializer;
    private final Serializer serializer;
    private final Clock clock;

    public RestoreDrill(String service, DataSource live, Server server, List<String> flywayLocations,
                        EventStoreRestore restore, EventLogVerifier liveVerifier, Serializer eventSerializer,
                        Serializer serializer, Clock clock) {
        this.service = service;
        this.live = live;
        this.server = server;
        this.flywayLocations = List.copyOf(flywayLocations);
        this.restore = restore;
        this.liveVerifier = liveVerifier;
        this.eventSerializer = eventSerializer;
        this.serializer = serializer;
        this.clock = clock;
    }

    public DrillReport run(Path archive, AuditEntry audit, BackupProgress progress) throws InterruptedException {
        JdbcTemplate liveJdbc = new JdbcTemplate(live);
        String scratch = liveJdbc.queryForObject("SELECT current_database()", String.class) + "_drill_"
                + clock.instant().getEpochSecond();
        liveJdbc.execute("CREATE DATABASE " + scratch);
        try {
            DataSource copy = new DriverManagerDataSource(server.urlOf(scratch), server.username(),
                    server.password());
            Flyway.configure().dataSource(copy).locations(flywayLocations.toArray(String[]::new)).load().migrate();
            RestoreResult restored = restore.restore(copy, archive, null, progress, audit);
            progress.enter(BackupProgress.Phase.VERIFYING);
            IntegrityReport verify = verifierOf(copy).verify(new VerifyProgress());
            progress.enter(BackupProgress.Phase.COMPARING);
            List<String> heads = headDifferences(copy);
            long after = restored.headGlobalIndex() == null
                    ? liveJdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)
                    : liveJdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index > ?",
                    Long.class, restored.headGlobalIndex());
            return DrillReport.of(scratch, restored, verify, after, heads,
                    liveVerifier.compareProjectionsWithRebuildFrom(copy));
        } finally {
            liveJdbc.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
        }
    }

    /** Verify on the copy: the event store checks (no processors run there, no topics are read for it). */
    private EventLogVerifier verifierOf(DataSource copy) {
        JdbcTemplate jdbc = new JdbcTemplate(copy);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(copy));
        return new EventLogVerifier(service, copy, transaction,
                new Checkpoints(jdbc, transaction, clock, Duration.ZERO), eventSerializer, serializer, null,
                List.of(), null, clock, IntegrityProperties.defaults());
    }

    /** Each restored aggregate's head against the live store's event at that sequence number. */
    private List<String> headDifferences(DataSource copy) {
        List<String> aggregates = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        new JdbcTemplate(copy).query("""
                SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number, event_hash
                FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number DESC""", row -> {
            aggregates.add(row.getString(1));
            sequences.add(row.getLong(2));
            byte[] hash = row.getBytes(3);
            hashes.add(hash == null ? null : Base64.getEncoder().encodeToString(hash));
        });
        List<String> differences = new ArrayList<>();
        try (Connection connection = live.getConnection()) {
            Array aggregateArray = connection.createArrayOf("varchar", aggregates.toArray());
            Array sequenceArray = connection.createArrayOf("bigint", sequences.toArray());
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT h.ord, e.event_hash, e.global_index IS NULL
                    FROM unnest(?::varchar[], ?::bigint[]) WITH ORDINALITY AS h(aggregate, sequence, ord)
                    LEFT JOIN domain_event_entry e
                           ON e.aggregate_identifier = h.aggregate AND e.sequence_number = h.sequence
                    ORDER BY h.ord""")) {
                statement.setArray(1, aggregateArray);
                statement.setArray(2, sequenceArray);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int i = rows.getInt(1) - 1;
                        String where = "aggregate " + aggregates.get(i) + " #" + sequences.get(i);
                        byte[] liveHash = rows.getBytes(2);
                        if (rows.getBoolean(3)) {
                            differences.add(where + ": the archived head is missing from the live store");
                        } else if (!Objects.equals(hashes.get(i),
                                liveHash == null ? null : Base64.getEncoder().encodeToString(liveHash))) {
                            differences.add(where + ": the live event's hash differs from the archived one");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new RestoreFailedException("comparing heads with the live store failed: " + e.getMessage(), e);
        }
        return differences;
    }
}
