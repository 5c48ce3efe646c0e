package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.account.AccountServiceApplication;
import dev.hostledger.contracts.Topics;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection replayed over 100,000 events through the operator CLI: progress is visible while it runs, the rebuilt
 * tables equal the original row for row, not one Kafka record results (so no e-mail can), and a second instance of
 * the service on the same database stops its processor for the replay and starts it again after. Its own broker,
 * database and two account-service instances: a replay empties tables the shared system's tests read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionReplayTest {

    private static final String PROJECTION = "account-summary";
    private static final int ACCOUNTS = 10_000;
    private static final int EVENTS_PER_ACCOUNT = AccountHistories.EVENTS_PER_ACCOUNT;

    private static IsolatedStack stack;
    private static ConfigurableApplicationContext account;
    private static ConfigurableApplicationContext peer;
    private static JdbcTemplate jdbc;
    private static String baseUrl;

    @BeforeAll
    static void start() {
        stack = new IsolatedStack("replay");
        String database = stack.database("account_replay");
        account = stack.start(AccountServiceApplication.application(), database, null, Map.of());
        peer = stack.start(AccountServiceApplication.application(), database, null, Map.of());
        jdbc = account.getBean(JdbcTemplate.class);
        baseUrl = IsolatedStack.baseUrl(account);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void onlyProjectionsMayBeReplayed() {
        Http.Response publisher = replay("integration-publisher");
        assertThat(publisher.status()).as(publisher.body()).isEqualTo(400);
        assertThat(publisher.json().get("detail").asText()).contains("never replayed").contains("/ops/republish");

        Http.Response unknown = replay("payment-application");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("not a projection").contains(PROJECTION)
                .contains("hosted-services");

        Http.Response noReason = Http.postJsonAs(baseUrl + "/ops/replays", "{\"processor\": \"" + PROJECTION + "\"}",
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(Http.postJson(baseUrl + "/ops/replays", "{}").status()).isEqualTo(401);

        OperatorCliRun refused = OperatorCliRun.asOperator(Map.of("account", baseUrl),
                "replay", "integration-publisher", "-s", "account", "--reason", "try");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("HTTP 400").contains("never replayed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM operator_run", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aReplayOfOneHundredThousandEventsShowsProgressEndsEqualAndSendsNothing() throws Exception {
        AccountHistories.append(account.getBean(EventStore.class), ACCOUNTS, "replay-" + stack.run + "-");
        long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        assertThat(stored).isEqualTo((long) ACCOUNTS * EVENTS_PER_ACCOUNT);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM funds_movement", Long.class)
                        == (long) ACCOUNTS * (EVENTS_PER_ACCOUNT - 1)
                        && stack.endOffsets(Topics.ACCOUNT_EVENTS) >= stored);
        long recordsBefore = stack.endOffsets(Topics.ACCOUNT_EVENTS);
        jdbc.execute("CREATE TABLE original_account_summary AS SELECT * FROM account_summary");
        jdbc.execute("CREATE TABLE original_funds_movement AS SELECT * FROM funds_movement");

        List<JsonNode> seenWhileRunning = new CopyOnWriteArrayList<>();
        List<Boolean> peerRunning = new CopyOnWriteArrayList<>();
        CompletableFuture<OperatorCliRun> cli = CompletableFuture.supplyAsync(() -> OperatorCliRun.asOperator(
                Map.of("account", baseUrl), "--poll", "PT0.2S", "replay", PROJECTION, "-s", "account",
                "--reason", "rebuild after schema change"));
        while (!cli.isDone()) {
            peerRunning.add(processor(peer).isRunning());
            jdbc.queryForList("SELECT id FROM operator_run WHERE outcome = 'RUNNING'", String.class).forEach(id -> {
                Http.Response run = Http.getAs(baseUrl + "/ops/replays/" + id, HostledgerSystem.OPERATOR,
                        HostledgerSystem.OPERATOR_PASSWORD);
                if (run.status() == 200) {
                    seenWhileRunning.add(run.json());
                }
            });
            Thread.sleep(200);
        }
        OperatorCliRun result = cli.get();

        assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
        JsonNode done = OpsJson.parse(result.out());
        assertThat(done.get("phase").asText()).isEqualTo("DONE");
        assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong())
                .isGreaterThanOrEqualTo(stored);
        assertThat(result.err()).contains("replay " + PROJECTION).contains("100%").contains("events").contains("ETA");
        assertThat(seenWhileRunning).as("progress while the replay ran").anySatisfy(run -> {
            assertThat(run.get("phase").asText()).isEqualTo("RUNNING");
            assertThat(run.get("eventsDone").asLong()).isPositive().isLessThan(run.get("eventsTotal").asLong());
            assertThat(run.get("eventsPerSecond").asDouble()).isPositive();
            assertThat(run.get("etaSeconds").isNull()).isFalse();
        });

        assertThat(rowsDiffering("account_summary")).as("rebuilt account_summary equals the original").isZero();
        assertThat(rowsDiffering("funds_movement")).as("rebuilt funds_movement equals the original").isZero();

        assertThat(peerRunning).as("the peer stopped its processor during the replay").contains(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> processor(peer).isRunning());
        Thread.sleep(2_000); // anything the replay could have sent would be on the topic by now
        assertThat(stack.endOffsets(Topics.ACCOUNT_EVENTS)).as("Kafka records after the replay")
                .isEqualTo(recordsBefore);

        Map<String, Object> recorded = jdbc.queryForMap("SELECT * FROM operator_run WHERE kind = 'REPLAY'");
        assertThat(recorded).containsEntry("operator", HostledgerSystem.OPERATOR)
                .containsEntry("reason", "rebuild after schema change").containsEntry("target", PROJECTION)
                .containsEntry("outcome", "DONE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM replay_lease", Integer.class)).isZero();
        System.out.printf("%n=== replay of %s: %,d events in %.1f s = %,.0f events/s%n", PROJECTION,
                done.get("eventsTotal").asLong(), done.get("elapsedSeconds").asDouble(),
                done.get("eventsPerSecond").asDouble());
    }

    private static StreamingEventProcessor processor(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(PROJECTION, StreamingEventProcessor.class).orElseThrow();
    }

    private static Http.Response replay(String processor) {
        return Http.postJsonAs(baseUrl + "/ops/replays", """
                {"processor": "%s", "reason": "test"}""".formatted(processor),
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
    }

    private static long rowsDiffering(String table) {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM (SELECT * FROM " + table + " EXCEPT SELECT * FROM "
                + "original_" + table + ") a) + (SELECT count(*) FROM (SELECT * FROM original_" + table
                + " EXCEPT SELECT * FROM " + table + ") b)", Long.class)
                + Math.abs(count(table) - count("original_" + table));
    }

    private static long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
