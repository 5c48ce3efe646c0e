package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.contracts.Topics;
import dev.hostledger.kit.backup.ArchiveManifest;
import dev.hostledger.kit.backup.ArchiveReader;
import dev.hostledger.testsupport.Infrastructure;
import dev.hostledger.testsupport.KafkaBrokerProcess;
import dev.hostledger.testsupport.PostgresServer;
import dev.hostledger.testsupport.SpringConnectionProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10's acceptance on billing-service, on its own database and broker (a dropped database and restores would
 * wreck what the shared system's tests read): backup, drop the database, restore at start-up, verify clean, every read
 * equal, a pending suspension fires once after the restore, invoice numbers continue, a redelivered payment is not
 * applied twice; damaged archives are refused with their exact location and the target untouched; a drill reports
 * equal, then the difference once the live store diverged.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DATABASE = "hostledger_billing_backup_" + RUN;
    private static final String OPERATOR = HostledgerSystem.OPERATOR;
    private static final String PASSWORD = HostledgerSystem.OPERATOR_PASSWORD;
    private static final MovableClock clock = new MovableClock();
    private static final Path archives = Path.of("target", "backup-test-" + RUN).toAbsolutePath();
    private static final Map<String, String> readsBeforeBackup = new LinkedHashMap<>();

    private static KafkaBrokerProcess broker;
    private static ConfigurableApplicationContext billing;
    private static String baseUrl;
    private static final String ada = "acc-ada-" + RUN;
    private static final String bob = "acc-bob-" + RUN;
    private static final String unpaid = "inv-unpaid-" + RUN;
    private static final String paid = "inv-paid-" + RUN;
    private static final String cancelled = "inv-cancelled-" + RUN;
    private static Instant unpaidDueAt;
    private static String paymentRecord;
    private static Path archive;
    private static long eventsBackedUp;

    @BeforeAll
    static void start() {
        broker = KafkaBrokerProcess.start(Path.of("target", "backup-broker-" + RUN), 0);
        billing = startBilling(Map.of());
    }

    @AfterAll
    static void stop() {
        if (billing != null) {
            billing.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void backupThenDropTheDatabaseThenRestoreGivesBackEveryReadAndAVerifiedLog() throws Exception {
        openAccount(ada);
        openAccount(bob);
        unpaidDueAt = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(issue(unpaid, ada, "30.00", unpaidDueAt).status()).isEqualTo(201);
        assertThat(issue(paid, ada, "12.50", unpaidDueAt).status()).isEqualTo(201);
        assertThat(issue(cancelled, bob, "99.00", unpaidDueAt).status()).isEqualTo(201);
        paymentRecord = paymentReceived("gw-" + RUN, ada, paid, "12.50");
        PlainKafka.publish(broker.bootstrapServers(), Topics.PAYMENTS_INBOUND, ada,
                paymentRecord.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/invoices/" + paid).json().get("status").asText()
                .equals("PAID"));
        assertThat(Http.postJsonAs(baseUrl + "/ops/invoices/" + cancelled + "/credit-note",
                "{\"reason\": \"ordered by mistake\"}", OPERATOR, PASSWORD).status()).isEqualTo(200);
        // The reads are taken once every projection has caught up, like an operator's reference reads would be.
        for (String settled : List.of(paid, cancelled)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get("/invoices/" + settled).json().get("dunning")
                    .get("nextStep").isNull());
        }
        for (String read : List.of("/invoices/" + unpaid, "/invoices/" + paid, "/invoices/" + cancelled,
                "/accounts/" + ada + "/invoices", "/accounts/" + bob + "/invoices")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> get(read).status() == 200);
            readsBeforeBackup.put(read, get(read).body());
        }
        assertThat(readsBeforeBackup.get("/invoices/" + cancelled)).contains("CANCELLED");

        JsonNode backup = runToEnd(Http.postJsonAs(baseUrl + "/ops/backup", "{\"reason\": \"nightly\"}",
                OPERATOR, PASSWORD));
        archive = Path.of(backup.get("result").get("archive").asText());
        eventsBackedUp = backup.get("result").get("events").asLong();
        assertThat(eventsBackedUp).isEqualTo(jdbc().queryForObject("SELECT count(*) FROM domain_event_entry",
                Long.class));
        assertThat(backup.get("result").get("tableRows").get("processed_event").asLong()).isPositive();
        assertThat(jdbc().queryForObject("SELECT operator || ':' || reason FROM backup_operator_action "
                + "WHERE action = 'BACKUP'", String.class)).isEqualTo(OPERATOR + ":nightly");
        System.out.printf("backup: %d events in %d ms (%d events/s)%n", eventsBackedUp,
                backup.get("result").get("millis").asLong(), backup.get("result").get("eventsPerSecond").asLong());

        billing.close();
        dropAndCreateDatabase();
        billing = startBilling(Map.of("hostledger.backup.restore-from", archive.toString(),
                "hostledger.backup.restore-reason", "database lost in the upgrade"));

        assertThat(jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .isEqualTo(eventsBackedUp);
        for (Map.Entry<String, String> read : readsBeforeBackup.entrySet()) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(get(read.getKey()).body()).as(read.getKey()).isEqualTo(read.getValue()));
        }
        JsonNode verify = runToEnd(Http.postAs(baseUrl + "/ops/verify", OPERATOR, PASSWORD), "/ops/verify/");
        assertThat(verify.get("clean").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.get("eventsChecked").asLong()).isEqualTo(eventsBackedUp);
        assertThat(jdbc().queryForObject("SELECT reason FROM backup_operator_action WHERE action = 'RESTORE'",
                String.class)).isEqualTo("database lost in the upgrade");
    }

    @Test
    @Order(2)
    void afterTheRestoreNumbersContinueARedeliveryIsNotAppliedAgainAndThePendingSuspensionFiresOnce() throws Exception {
        PlainKafka.publish(broker.bootstrapServers(), Topics.PAYMENTS_INBOUND, ada,
                paymentRecord.getBytes(StandardCharsets.UTF_8));
        // Same partition, after the redelivered payment: once this unknown invoice is dead-lettered, the payment was
        // seen too.
        PlainKafka.publish(broker.bootstrapServers(), Topics.PAYMENTS_INBOUND, ada,
                paymentReceived("gw-sync-" + RUN, ada, "inv-nowhere-" + RUN, "1.00").getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc().queryForObject(
                "SELECT count(*) FROM dead_lettered_record WHERE reason LIKE ?", Long.class,
                "%inv-nowhere-" + RUN + "%") == 1);
        assertThat(get("/invoices/" + paid).json().get("payments")).hasSize(1);

        String lastNumber = get("/invoices/" + cancelled).json().get("invoiceNumber").asText();
        String next = "inv-next-" + RUN;
        assertThat(issue(next, bob, "5.00", unpaidDueAt.plus(Duration.ofDays(60))).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> get("/invoices/" + next).status() == 200);
        assertThat(sequenceOf(get("/invoices/" + next).json().get("invoiceNumber").asText()))
                .isEqualTo(sequenceOf(lastNumber) + 1);

        clock.advance(Duration.between(clock.instant(), unpaidDueAt.plus(Duration.ofHours(73))));
        await().atMost(Duration.ofSeconds(30)).until(() -> suspensionsOf(unpaid) == 1);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(suspensionsOf(unpaid)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aTruncatedArchiveIsRefusedNamingChunkAndEventAndTheTargetIsUntouched() throws Exception {
        ArchiveManifest manifest = new ArchiveReader(new ObjectMapper()).verify(archive);
        ArchiveManifest.Chunk second = manifest.chunks().get(1);
        long victim = second.firstGlobalIndex() + 1;
        byte[] bytes = Files.readAllBytes(archive);
        int at = ArchiveBytes.indexOf(bytes, "{\"globalIndex\":" + victim + ",");
        Path truncated = archives.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, at + 80));

        String error = refusedRestore("truncated.zip");
        assertThat(error).contains(second.entry()).contains("line 2").contains("after global index "
                + second.firstGlobalIndex()).contains("incomplete").contains("claiming global index " + victim);
    }

    @Test
    @Order(4)
    void anArchiveWithOneFlippedByteIsRefusedNamingChunkLineAndEventAndTheTargetIsUntouched() throws Exception {
        ArchiveManifest manifest = new ArchiveReader(new ObjectMapper()).verify(archive);
        ArchiveManifest.Chunk last = manifest.chunks().get(manifest.chunks().size() - 1);
        long victim = last.lastGlobalIndex();
        byte[] bytes = Files.readAllBytes(archive);
        int payload = ArchiveBytes.indexOf(bytes, "{\"globalIndex\":" + victim + ",") + 200;
        bytes[payload] = (byte) (bytes[payload] == 'A' ? 'B' : 'A');
        Files.write(archives.resolve("flipped.zip"), bytes);

        String error = refusedRestore("flipped.zip");
        assertThat(error).contains(last.entry() + " line " + last.events() + ": checksum mismatch")
                .contains("claiming global index " + victim);
    }

    @Test
    @Order(5)
    void aDrillOnTheLiveServiceReportsEqualAndAfterDivergingTheLiveStoreTheDifference() {
        JsonNode drill = runToEnd(Http.postJsonAs(baseUrl + "/ops/restore-drill", "{\"reason\": \"monthly drill\"}",
                OPERATOR, PASSWORD));
        JsonNode report = drill.get("result");
        assertThat(report.get("equal").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("restoredVerify").get("faultCount").asLong()).isZero();
        assertThat(report.get("restore").get("events").asLong()).isEqualTo(
                jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        String scratch = report.get("scratchDatabase").asText();
        assertThat(scratch).startsWith(DATABASE + "_drill_");
        assertThat(jdbc().queryForObject("SELECT count(*) FROM pg_database WHERE datname = ?", Long.class, scratch))
                .as("the scratch database is dropped").isZero();

        JsonNode backup = runToEnd(Http.postJsonAs(baseUrl + "/ops/backup", "{\"reason\": \"before the drill\"}",
                OPERATOR, PASSWORD));
        String archiveName = Path.of(backup.get("result").get("archive").asText()).getFileName().toString();
        long head = jdbc().queryForObject("""
                SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?""", Long.class, unpaid);
        assertThat(jdbc().update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                unpaid, head)).isEqualTo(1);

        JsonNode diverged = runToEnd(Http.postJsonAs(baseUrl + "/ops/restore-drill",
                "{\"reason\": \"after tampering\", \"archive\": \"" + archiveName + "\"}", OPERATOR, PASSWORD))
                .get("result");
        assertThat(diverged.get("equal").asBoolean()).isFalse();
        assertThat(diverged.get("restoredVerify").get("faultCount").asLong()).isZero();
        assertThat(diverged.get("differences")).extracting(JsonNode::asText).containsExactly("aggregate " + unpaid
                + " #" + head + ": the archived head is missing from the live store");
        assertThat(jdbc().queryForList("SELECT outcome FROM backup_operator_action WHERE action = 'DRILL' ORDER BY id",
                String.class)).hasSize(2).first().asString().startsWith("equal");
    }

    private static String refusedRestore(String name) {
        long events = jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        long inbox = jdbc().queryForObject("SELECT count(*) FROM processed_event", Long.class);
        long audits = jdbc().queryForObject("SELECT count(*) FROM backup_operator_action", Long.class);
        Http.Response started = Http.postJsonAs(baseUrl + "/ops/restore",
                "{\"reason\": \"try the copy\", \"archive\": \"" + name + "\"}", OPERATOR, PASSWORD);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String url = baseUrl + "/ops/backup-runs/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.getAs(url, OPERATOR, PASSWORD).json().get("phase")
                .asText().equals("FAILED"));
        assertThat(jdbc().queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
        assertThat(jdbc().queryForObject("SELECT count(*) FROM processed_event", Long.class)).isEqualTo(inbox);
        assertThat(jdbc().queryForObject("SELECT count(*) FROM backup_operator_action", Long.class)).isEqualTo(audits);
        return Http.getAs(url, OPERATOR, PASSWORD).json().get("error").asText();
    }

    private static ConfigurableApplicationContext startBilling(Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(SpringConnectionProperties.database(postgres(), DATABASE));
        properties.putAll(SpringConnectionProperties.kafka(broker));
        properties.put("server.port", 0);
        properties.put("hostledger.security.operators[0].username", OPERATOR);
        properties.put("hostledger.security.operators[0].password", "{noop}" + PASSWORD);
        properties.put("hostledger.backup.directory", archives.toString());
        properties.put("hostledger.backup.chunk-size", 5);
        properties.put("hostledger.billing.dunning.poll-interval", "200ms");
        properties.putAll(extra);
        ConfigurableApplicationContext context = BillingServiceApplication.application()
                .initializers(c -> c.getBeanFactory().registerSingleton("clock", clock))
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
        baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        return context;
    }

    private static PostgresServer postgres() {
        return Infrastructure.shared().postgres();
    }

    private static JdbcTemplate jdbc() {
        return billing.getBean(JdbcTemplate.class);
    }

    private static void dropAndCreateDatabase() {
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource(postgres().jdbcUrl("postgres"),
                postgres().username(), postgres().password()));
        server.execute("DROP DATABASE " + DATABASE + " WITH (FORCE)");
        server.execute("CREATE DATABASE " + DATABASE);
    }

    private static Http.Response get(String path) {
        return Http.get(baseUrl + path);
    }

    private static JsonNode runToEnd(Http.Response started) {
        return runToEnd(started, "/ops/backup-runs/");
    }

    private static JsonNode runToEnd(Http.Response started, String runs) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String url = baseUrl + runs + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> List.of("DONE", "FAILED").contains(
                Http.getAs(url, OPERATOR, PASSWORD).json().get("phase").asText()));
        JsonNode run = Http.getAs(url, OPERATOR, PASSWORD).json();
        assertThat(run.get("phase").asText()).as(run.toString()).isEqualTo("DONE");
        return run;
    }

    private static void openAccount(String accountId) throws Exception {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/hostledger/account","type":"hostledger.account.account-opened.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json","data":{"accountId":"%s",
                 "name":"Customer %s","email":"%s@example.com","timeZone":"UTC","currency":"EUR","occurredAt":"%s"}}
                """.formatted(UUID.randomUUID(), accountId, clock.instant(), accountId, accountId, accountId,
                clock.instant());
        PlainKafka.publish(broker.bootstrapServers(), Topics.ACCOUNT_EVENTS, accountId,
                event.getBytes(StandardCharsets.UTF_8));
    }

    /** Every invoice pays for a hosted service, so dunning goes as far as suspending it. */
    private static Http.Response issue(String invoiceId, String accountId, String amount, Instant dueAt) {
        String body = """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "test invoice",
                 "lines": [{"description": "Virtual server VS-2", "serviceId": "svc-%s",
                            "amount": {"amount": "%s", "currency": "EUR"}}]}
                """.formatted(invoiceId, accountId, dueAt, invoiceId, amount);
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> Http.postJsonAs(baseUrl + "/ops/invoices", body, OPERATOR, PASSWORD),
                response -> response.status() != 404);
    }

    private static String paymentReceived(String paymentId, String accountId, String invoiceId, String amount) {
        return """
                {"specversion":"1.0","id":"%s","source":"/payment-gateway","type":"hostledger.payments.payment-received.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json","data":{"paymentId":"%s",
                 "accountId":"%s","invoiceId":"%s","amount":{"amount":"%s","currency":"EUR"},"receivedAt":"%s"}}
                """.formatted("delivery-" + paymentId, invoiceId, clock.instant(), paymentId, accountId, invoiceId,
                amount, clock.instant());
    }

    private static long suspensionsOf(String invoiceId) {
        return jdbc().queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%SuspensionRequested'""", Long.class, invoiceId);
    }

    private static long sequenceOf(String documentNumber) {
        return Long.parseLong(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
    }

    /** Business time the test moves forward, so the dunning deadline comes without waiting 13 days. */
    private static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(offset);
        }
    }
}
