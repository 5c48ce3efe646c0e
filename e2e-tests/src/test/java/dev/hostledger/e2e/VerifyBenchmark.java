package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.zaxxer.hikari.HikariDataSource;
import dev.hostledger.kit.integrity.Checkpoints;
import dev.hostledger.kit.integrity.EventLogVerifier;
import dev.hostledger.kit.integrity.IntegrityProperties;
import dev.hostledger.kit.integrity.IntegrityReport;
import dev.hostledger.kit.integrity.VerifyProgress;
import dev.hostledger.testsupport.Infrastructure;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (surefire's default includes do not match it): loads 1,000,000 events (100,000 aggregates of 10,
 * interleaved as real traffic is, ~500-byte payloads) through the hash trigger into a scratch database, then prints
 * verify's rate beside the raw read rate of the same query measured in the same run, and the trigger's append cost.
 * Run: {@code ./mvnw -pl e2e-tests -o test -Dtest=VerifyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class VerifyBenchmark {

    private static final int AGGREGATES = 100_000;
    private static final int EVENTS_PER_AGGREGATE = 10;
    private static final int APPEND_SAMPLE = 50_000;
    private static final HexFormat HEX = HexFormat.of();

    /** A realistic payload: an invoice line charge, ~500 bytes of JSON. */
    record BenchmarkCharge(String accountId, String invoiceId, String description, BigDecimal amount,
                           String currency, Instant occurredAt, List<String> lines) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void verifyRateBesideRawReadRate() throws Exception {
        String database = "hostledger_verify_bench_" + UUID.randomUUID().toString().substring(0, 8);
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(Infrastructure.shared().postgres().jdbcUrl(database)
                    + (Infrastructure.shared().postgres().jdbcUrl(database).contains("?") ? "&" : "?")
                    + "reWriteBatchedInserts=true");
            dataSource.setUsername(Infrastructure.shared().postgres().username());
            dataSource.setPassword(Infrastructure.shared().postgres().password());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/hostledger-kit").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            double withTrigger = appendRate(dataSource, "with");
            jdbc.execute("TRUNCATE domain_event_entry");
            jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_hash_chain");
            double withoutTrigger = appendRate(dataSource, "without");
            jdbc.execute("TRUNCATE domain_event_entry");
            jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_hash_chain");

            long loadStart = System.nanoTime();
            load(dataSource);
            double loadSeconds = seconds(loadStart);
            jdbc.execute("VACUUM ANALYZE domain_event_entry");
            Checkpoints checkpoints = new Checkpoints(jdbc, new TransactionTemplate(
                    new DataSourceTransactionManager(dataSource)), Clock.systemUTC(), Duration.ofMinutes(10));
            assertThat(checkpoints.refresh()).isEqualTo(AGGREGATES);

            JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
            EventLogVerifier verifier = new EventLogVerifier("benchmark", dataSource,
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)), checkpoints, serializer,
                    serializer, null, List.of(), null, Clock.systemUTC(), IntegrityProperties.defaults());

            StringBuilder out = new StringBuilder("\n=== verify benchmark: " + AGGREGATES * EVENTS_PER_AGGREGATE
                    + " events, " + AGGREGATES + " aggregates (loaded through the trigger in "
                    + String.format("%.1f", loadSeconds) + " s)\n");
            for (int round = 1; round <= 2; round++) {
                long start = System.nanoTime();
                long read = rawRead(dataSource);
                double raw = read / seconds(start);
                start = System.nanoTime();
                IntegrityReport report = verifier.verify(new VerifyProgress());
                double verified = report.eventsChecked() / seconds(start);
                assertThat(report.clean()).as(report.describe()).isTrue();
                assertThat(report.eventsChecked()).isEqualTo((long) AGGREGATES * EVENTS_PER_AGGREGATE);
                out.append(String.format("round %d: raw read %,.0f events/s | verify %,.0f events/s (%.0f%% of raw)%n",
                        round, raw, verified, 100 * verified / raw));
            }
            out.append(String.format("append, batches of 100 per commit: %,.0f rows/s with the hash trigger, "
                    + "%,.0f rows/s without (%.0f%% cost)%n", withTrigger, withoutTrigger,
                    100 * (1 - withTrigger / withoutTrigger)));
            System.out.println(out);
        }
    }

    /** Axon-shaped appends: 100 rows per statement and commit, each aggregate growing by one event per batch. */
    private double appendRate(HikariDataSource dataSource, String run) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, 'Account', ?, ?, ?, NULL, ?, ?)""")) {
                for (int i = 0; i < APPEND_SAMPLE; i++) {
                    String aggregate = "append-" + run + "-" + (i % 100);
                    insert.setString(1, aggregate);
                    insert.setLong(2, i / 100);
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setBytes(4, metaData());
                    insert.setBytes(5, payload(aggregate, i));
                    insert.setString(6, BenchmarkCharge.class.getName());
                    insert.setString(7, Instant.now().toString());
                    insert.addBatch();
                    if (i % 100 == 99) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return APPEND_SAMPLE / seconds(start);
        }
    }

    /** One COPY per round of sequence numbers, so every predecessor is committed before its successor arrives. */
    private void load(HikariDataSource dataSource) throws Exception {
        String timeStamp = Instant.now().minus(Duration.ofHours(1)).toString();
        String metaData = "\\\\x" + HEX.formatHex(metaData());
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
                StringBuilder rows = new StringBuilder(AGGREGATES * 1300);
                for (int a = 0; a < AGGREGATES; a++) {
                    String aggregate = "acc-" + a;
                    rows.append(aggregate).append('\t').append(sequence).append("\tAccount\t")
                            .append(UUID.randomUUID()).append('\t').append(metaData).append("\t\\\\x")
                            .append(HEX.formatHex(payload(aggregate, sequence))).append("\t\\N\t")
                            .append(BenchmarkCharge.class.getName()).append('\t').append(timeStamp).append('\n');
                }
                copy.copyIn("""
                        COPY domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                            meta_data, payload, payload_revision, payload_type, time_stamp) FROM STDIN""",
                        new StringReader(rows.toString()));
            }
        }
    }

    private long rawRead(HikariDataSource dataSource) throws Exception {
        long rows = 0;
        long bytes = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT global_index, aggregate_identifier, sequence_number, type, event_identifier, payload_type,
                           payload_revision, time_stamp, meta_data, payload, event_hash FROM domain_event_entry
                    ORDER BY aggregate_identifier, sequence_number""")) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows++;
                        bytes += result.getLong(1) + result.getLong(3);
                        for (int column : new int[]{2, 4, 5, 6, 7, 8, 9, 10, 11}) {
                            byte[] value = result.getBytes(column);
                            bytes += value == null ? 0 : value.length;
                        }
                    }
                }
            }
            connection.rollback();
        }
        assertThat(bytes).isPositive();
        return rows;
    }

    private byte[] payload(String aggregate, int sequence) throws Exception {
        return json.writeValueAsBytes(new BenchmarkCharge(aggregate, "inv-" + aggregate + "-" + sequence,
                "Dedicated server DS-" + sequence + " renewal, 1 month, datacenter FRA-2, rack 14",
                new BigDecimal("129.90"), "EUR", Instant.parse("2026-11-24T14:00:00Z"),
                List.of("cpu: 8 cores, ram: 64 GB", "disk: 2 x 1.92 TB NVMe, RAID 1", "traffic: 30 TB, 1 Gbit/s",
                        "ipv4: 1 address, ipv6: /64 subnet", "backup: 100 GB, daily, 14 days")));
    }

    private static byte[] metaData() {
        return "{\"actorType\":\"SYSTEM\",\"actorId\":\"benchmark\",\"traceId\":\"4f9c\",\"correlationId\":\"4f9c\"}"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
