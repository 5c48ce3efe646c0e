package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.contracts.Topics;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Not a test (surefire's default includes do not match it): replays the account-summary projection over
 * {@code -Dreplay.events} events (default 200,000: accounts of one AccountOpened and nine FundsAdded) and prints the
 * replay's events/s beside, measured in the same run on the same database, the raw read + Jackson decode rate of the
 * store and the projection's write rates for a FundsAdded (one statement at a time as its handlers do, and 500-event
 * JDBC batches).
 * Tuning: {@code -Dreplay.batchSize} (processor and store batch, default 100) and {@code -Dreplay.segments} (default 2).
 * Run: {@code ./mvnw -pl e2e-tests -o test -Dtest=ReplayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReplayBenchmark {

    private static final int EVENTS_PER_ACCOUNT = AccountHistories.EVENTS_PER_ACCOUNT;

    @Test
    void replayRateBesideReadDecodeAndUpsertRates() throws Exception {
        int events = Integer.getInteger("replay.events", 200_000);
        int batchSize = Integer.getInteger("replay.batchSize", 100);
        int segments = Integer.getInteger("replay.segments", 2);
        try (IsolatedStack stack = new IsolatedStack("replay-bench")) {
            ConfigurableApplicationContext account = stack.start(AccountServiceApplication.application(),
                    stack.database("account_bench"), null, Map.of("hostledger.event-store.batch-size", batchSize,
                            "hostledger.event-store.projection-segments", segments));
            JdbcTemplate jdbc = account.getBean(JdbcTemplate.class);
            long loadStart = System.nanoTime();
            AccountHistories.append(account.getBean(EventStore.class), events / EVENTS_PER_ACCOUNT,
                    "bench-" + stack.run + "-");
            double appendRate = events / seconds(loadStart);
            await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(2)).until(() ->
                    jdbc.queryForObject("SELECT count(*) FROM funds_movement", Long.class)
                            == (long) events / EVENTS_PER_ACCOUNT * (EVENTS_PER_ACCOUNT - 1)
                            && stack.endOffsets(Topics.ACCOUNT_EVENTS) >= events);
            jdbc.execute("VACUUM ANALYZE");

            DataSource dataSource = account.getBean(DataSource.class);
            Serializer serializer = account.getBean("eventSerializer", Serializer.class);
            double readDecode = readAndDecode(dataSource, serializer);
            double[] writes = writeRates(dataSource, jdbc);

            String url = IsolatedStack.baseUrl(account);
            Http.Response started = Http.postJsonAs(url + "/ops/replays",
                    "{\"processor\": \"account-summary\", \"reason\": \"benchmark\"}", HostledgerSystem.OPERATOR,
                    HostledgerSystem.OPERATOR_PASSWORD);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String runUrl = url + "/ops/replays/" + started.json().get("id").asText();
            JsonNode run = await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500)).until(
                    () -> Http.getAs(runUrl, HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).json(),
                    json -> json.get("phase").asText().matches("DONE|FAILED"));
            assertThat(run.get("phase").asText()).as(run.toString()).isEqualTo("DONE");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM funds_movement", Long.class))
                    .isEqualTo((long) events / EVENTS_PER_ACCOUNT * (EVENTS_PER_ACCOUNT - 1));

            System.out.printf("""

                    === replay benchmark: %,d events (%,d accounts), processor batch %d, %d segments
                    append through Axon (1,000 per commit)                     %,10.0f events/s
                    raw read + Jackson decode (fetch 1000)                     %,10.0f events/s
                    FundsAdded writes (insert + update), one statement each   %,10.0f events/s
                    FundsAdded writes (insert + update), 500-event JDBC batches %,10.0f events/s
                    replay of account-summary (POST /ops/replays)              %,10.0f events/s  (%.1f s)
                    """, events, events / EVENTS_PER_ACCOUNT, batchSize, segments, appendRate, readDecode,
                    writes[0], writes[1], run.get("eventsPerSecond").asDouble(), run.get("elapsedSeconds").asDouble());
        }
    }

    /** What any replay must do at least: read every row in global-index order and decode its payload. */
    private static double readAndDecode(DataSource dataSource, Serializer serializer) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT global_index, payload_type, payload_revision, payload, meta_data FROM domain_event_entry
                    ORDER BY global_index""")) {
                select.setFetchSize(1000);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(result.getBytes(4),
                                byte[].class, result.getString(2), result.getString(3)));
                        assertThat(payload).isNotNull();
                        rows++;
                    }
                }
            }
            connection.rollback();
        }
        return rows / seconds(start);
    }

    /** The projection's writes for a FundsAdded (insert a movement, update the balance) into scratch copies. */
    private static double[] writeRates(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        jdbc.execute("CREATE TABLE bench_movement (LIKE funds_movement INCLUDING ALL)");
        jdbc.execute("CREATE TABLE bench_summary AS SELECT * FROM account_summary");
        jdbc.execute("ALTER TABLE bench_summary ADD PRIMARY KEY (account_id)");
        List<String> accounts = jdbc.queryForList("SELECT account_id FROM account_summary ORDER BY 1 LIMIT 20000",
                String.class);
        int rows = 20_000;
        double[] rates = new double[2];
        for (int mode = 0; mode < 2; mode++) {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("""
                         INSERT INTO bench_movement (account_id, kind, operation_id, amount, balance_after, invoice_id,
                                                     reason, occurred_at)
                         VALUES (?, 'TOP_UP', ?, 1.00, ?, NULL, 'bench', ?) ON CONFLICT DO NOTHING""");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE bench_summary SET balance = ? WHERE account_id = ?")) {
                connection.setAutoCommit(false);
                for (int i = 0; i < rows; i++) {
                    String accountId = accounts.get(i % accounts.size());
                    insert.setString(1, accountId);
                    insert.setString(2, "bench-" + mode + "-" + i);
                    insert.setBigDecimal(3, BigDecimal.valueOf(i));
                    insert.setTimestamp(4, Timestamp.from(Instant.EPOCH));
                    update.setBigDecimal(1, BigDecimal.valueOf(i));
                    update.setString(2, accountId);
                    if (mode == 0) {
                        insert.executeUpdate();
                        update.executeUpdate();
                        if (i % 100 == 99) {
                            connection.commit(); // the processor's batch: 100 events per transaction
                        }
                    } else {
                        insert.addBatch();
                        update.addBatch();
                        if (i % 500 == 499) {
                            insert.executeBatch();
                            update.executeBatch();
                            connection.commit();
                        }
                    }
                }
                connection.commit();
            }
            rates[mode] = rows / seconds(start);
        }
        return rates;
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
