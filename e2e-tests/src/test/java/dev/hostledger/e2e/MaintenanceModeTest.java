package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.billing.BillingServiceApplication;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.contracts.payments.PaymentReceived;
import dev.hostledger.testsupport.OffsetClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Maintenance mode on billing-service: while paused, payments from the gateway are accepted (buffered in Kafka) and
 * applied after the resume, in the
 * order they were published, but dunning takes no step, so no service is suspended however far business time moves;
 * after the resume dunning catches up (the suspension comes). The pause and the resume are events with operator and
 * reason. Its own broker, database and billing-service: a pause would hold back the shared system's scenarios.
 */
class MaintenanceModeTest {

    private static final String DUNNING_EVENTS = """
            SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type IN (
              'dev.hostledger.billing.api.InvoiceReminderDue', 'dev.hostledger.billing.api.InvoiceOverdue',
              'dev.hostledger.billing.api.SuspensionWarningDue', 'dev.hostledger.billing.api.SuspensionRequested')""";

    private static IsolatedStack stack;
    private static ConfigurableApplicationContext billing;
    private static JdbcTemplate jdbc;
    private static String baseUrl;
    private static final OffsetClock clock = new OffsetClock();
    private final CloudEventCodec codec = new CloudEventCodec();

    @BeforeAll
    static void start() {
        stack = new IsolatedStack("maintenance");
        billing = stack.start(BillingServiceApplication.application(), stack.database("billing_maintenance"), clock,
                Map.of("hostledger.billing.dunning.poll-interval", "200ms",
                        "hostledger.billing.invoicing.poll-interval", "200ms"));
        jdbc = billing.getBean(JdbcTemplate.class);
        baseUrl = IsolatedStack.baseUrl(billing);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void paymentsAreTakenInOrderDuringAPauseAndNoServiceIsSuspendedUntilTheResume() throws Exception {
        String accountId = "acc-maint-" + stack.run;
        String invoiceId = "inv-maint-" + stack.run;
        publish(Topics.ACCOUNT_EVENTS, accountId, new AccountOpened(accountId, "Margaret Hamilton",
                "margaret@example.com", "UTC", "EUR", clock.instant()));
        // Due in 5 days: no dunning step (the reminder comes 72 h before the due date) is due before the pause.
        Instant dueAt = clock.instant().plus(Duration.ofDays(5));
        String invoice = """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "monthly server",
                 "lines": [{"description": "Dedicated server DS-8", "serviceId": "svc-%s",
                            "amount": {"amount": "100.00", "currency": "EUR"}}]}""".formatted(invoiceId, accountId,
                dueAt, stack.run);
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.postJsonAs(baseUrl + "/ops/invoices", invoice,
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD).status() == 201);

        Map<String, String> urls = Map.of("billing", baseUrl);
        OperatorCliRun paused = OperatorCliRun.asOperator(urls, "maintenance", "pause", "-s", "billing",
                "--reason", "payment provider migration");
        assertThat(paused.exitCode()).as(paused.err()).isZero();
        assertThat(OpsJson.parse(paused.out()).get("paused").asBoolean()).isTrue();

        assertThat(jdbc.queryForObject(DUNNING_EVENTS, Long.class, invoiceId)).isZero();
        // Far past the due date and the suspension threshold (72 h): dunning would suspend now, were it not paused.
        clock.advance(Duration.ofDays(9));
        List<String> paymentIds = List.of("gw-1-" + stack.run, "gw-2-" + stack.run, "gw-3-" + stack.run);
        List<String> amounts = List.of("10.00", "20.00", "30.00");
        for (int i = 0; i < paymentIds.size(); i++) {
            publish(Topics.PAYMENTS_INBOUND, accountId, new PaymentReceived(paymentIds.get(i), accountId, invoiceId,
                    Money.of(amounts.get(i), "EUR"), clock.instant()));
        }
        Thread.sleep(2_000); // ten dunning ticks, four buffering ticks
        assertThat(recordedPayments(invoiceId)).as("payments from outside are buffered in Kafka during the pause")
                .isEmpty();
        assertThat(jdbc.queryForObject(DUNNING_EVENTS, Long.class, invoiceId)).as("dunning steps during the pause")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type = "
                + "'dev.hostledger.billing.api.SuspensionRequested'", Long.class)).isZero();

        OperatorCliRun resumed = OperatorCliRun.asOperator(urls, "maintenance", "resume", "-s", "billing",
                "--reason", "migration done");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> recordedPayments(invoiceId).size() == 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type = 'dev.hostledger.billing.api.SuspensionRequested'""", Long.class, invoiceId) == 1);

        assertThat(recordedPayments(invoiceId)).as("payments in the order the gateway published them")
                .containsExactlyElementsOf(paymentIds);
        assertThat(jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb -> 'openAfter' ->> 'amount' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = 'dev.hostledger.billing.api.PaymentRecorded'
                ORDER BY sequence_number""", String.class, invoiceId)).containsExactly("90.00", "70.00", "40.00");

        JsonNode state = Http.getAs(baseUrl + "/ops/maintenance", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).json();
        assertThat(state.get("paused").asBoolean()).isFalse();
        assertThat(state.get("changedBy").asText()).isEqualTo(HostledgerSystem.OPERATOR);
        assertThat(jdbc.queryForList("""
                SELECT payload_type || ' by ' || (convert_from(meta_data, 'UTF8')::jsonb ->> 'actorId') || ': '
                       || (convert_from(meta_data, 'UTF8')::jsonb ->> 'reason')
                FROM domain_event_entry WHERE aggregate_identifier = 'maintenance-window' ORDER BY sequence_number""",
                String.class)).containsExactly(
                "dev.hostledger.kit.ops.maintenance.AutomationPaused by ops: payment provider migration",
                "dev.hostledger.kit.ops.maintenance.AutomationResumed by ops: migration done");

        OperatorCliRun noReason = OperatorCliRun.asOperator(urls, "maintenance", "pause", "-s", "billing");
        assertThat(noReason.exitCode()).isEqualTo(2);
    }

    private static List<String> recordedPayments(String invoiceId) {
        return jdbc.queryForList("""
                SELECT convert_from(payload, 'UTF8')::jsonb ->> 'paymentId' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type = 'dev.hostledger.billing.api.PaymentRecorded'
                ORDER BY sequence_number""", String.class, invoiceId);
    }

    private void publish(String topic, String key, IntegrationEvent event) throws Exception {
        PlainKafka.publish(stack.broker.bootstrapServers(), topic, key, codec.serialize(codec.envelope(
                UUID.randomUUID().toString(), URI.create("/payment-gateway"), key, event, Map.of())));
    }
}
