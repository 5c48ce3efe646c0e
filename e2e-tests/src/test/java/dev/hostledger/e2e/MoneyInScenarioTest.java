package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.payments.PaymentReceived;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Money in: an invoice is issued; the payment gateway (a plain Kafka producer, as an outside team would) pays part
 * of it, sends the same payment again, then pays the rest and a little more. The invoice is paid once, the excess
 * becomes account funds, and bad records are dead-lettered with their reasons while good ones keep flowing.
 */
class MoneyInScenarioTest {

    private static final URI GATEWAY = URI.create("/payment-gateway");

    private final HostledgerSystem system = HostledgerSystem.get();
    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void aPartialPaymentItsDuplicateAndTheRestPayTheInvoiceOnce() throws Exception {
        String accountId = Customers.signUp(system, "Grace Hopper", Customers.uniqueEmail("grace"), "America/New_York", "EUR");
        String invoiceId = "inv-" + UUID.randomUUID();
        Http.Response issued = Billing.issueInvoice(system, invoiceId, accountId, "100.00", "EUR", inDays(14));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.json().get("invoiceNumber").asText()).matches("\\d{4}-\\d{6}");
        await().atMost(Duration.ofSeconds(10)).until(() -> invoice(invoiceId).status() == 200);

        pay("pay-" + invoiceId + "-1", accountId, invoiceId, "30.00", "EUR");
        pay("pay-" + invoiceId + "-1", accountId, invoiceId, "30.00", "EUR");
        await().atMost(Duration.ofSeconds(20)).until(() -> amount(invoice(invoiceId).json(), "paid").equals(new BigDecimal("30.00")));
        pay("pay-" + invoiceId + "-2", accountId, invoiceId, "75.50", "EUR");

        JsonNode paid = await().atMost(Duration.ofSeconds(20))
                .until(() -> invoice(invoiceId).json(), json -> "PAID".equals(json.get("status").asText()));
        assertThat(amount(paid, "paid")).isEqualByComparingTo("100.00");
        assertThat(amount(paid, "open")).isEqualByComparingTo("0.00");
        assertThat(paid.get("payments")).hasSize(2);
        assertThat(paid.get("payments").findValuesAsText("paymentId"))
                .containsExactly("pay-" + invoiceId + "-1", "pay-" + invoiceId + "-2");
        assertThat(paid.get("payments").get(1).at("/overpaid/amount").asText()).isEqualTo("5.50");

        // The 5.50 above the invoice became account funds; account-service shows it and no open invoice.
        JsonNode account = await().atMost(Duration.ofSeconds(20))
                .until(() -> Http.get(system.account.baseUrl() + "/accounts/" + accountId).json(),
                        json -> new BigDecimal(json.at("/balance/amount").asText()).compareTo(new BigDecimal("5.50")) == 0
                                && json.get("openInvoices").isEmpty());
        assertThat(account.at("/balance/currency").asText()).isEqualTo("EUR");
        List<Map<String, Object>> payments = system.billing.jdbc().queryForList(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                invoiceId);
        assertThat(payments).extracting(row -> row.get("payload_type")).containsExactly(
                "dev.hostledger.billing.api.InvoiceIssued", "dev.hostledger.billing.api.PaymentRecorded",
                "dev.hostledger.billing.api.PaymentRecorded", "dev.hostledger.billing.api.InvoicePaid");
    }

    @Test
    void everyInvalidKindOfPaymentIsDeadLetteredWithItsReasonAndAReDriveAppliesTheCorrectedOne() throws Exception {
        String accountId = Customers.signUp(system, "Dead Letter", Customers.uniqueEmail("dlt"), "UTC", "EUR");
        String invoiceId = "inv-" + UUID.randomUUID();
        assertThat(Billing.issueInvoice(system, invoiceId, accountId, "40.00", "EUR", inDays(7)).status()).isEqualTo(201);
        String missingInvoice = "inv-" + UUID.randomUUID();
        String tag = UUID.randomUUID().toString().substring(0, 8);

        publishRaw(accountId, "{\"specversion\":\"1.0\",\"id\":\"" + tag + "-schema\",\"source\":\"/payment-gateway\","
                + "\"type\":\"hostledger.payments.payment-received.v1\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"paymentId\":\"" + tag + "-schema\",\"accountId\":\"" + accountId + "\",\"invoiceId\":\""
                + invoiceId + "\",\"amount\":{\"amount\":40.0,\"currency\":\"EUR\"},\"receivedAt\":\"2026-11-24T10:00:00Z\"}}");
        pay(tag + "-unknown", accountId, missingInvoice, "40.00", "EUR");
        pay(tag + "-currency", accountId, invoiceId, "40.00", "USD");
        pay(tag + "-zero", accountId, invoiceId, "0.00", "EUR");
        pay(tag + "-negative", accountId, invoiceId, "-40.00", "EUR");
        publishRaw(accountId, "{\"specversion\":\"1.0\",\"id\":\"" + tag + "-type\",\"source\":\"/payment-gateway\","
                + "\"type\":\"hostledger.payments.payment-reversed.v1\",\"data\":{}}");
        pay(tag + "-good", accountId, invoiceId, "10.00", "EUR");

        await().atMost(Duration.ofSeconds(20)).until(() -> amount(invoice(invoiceId).json(), "paid")
                .compareTo(new BigDecimal("10.00")) == 0);
        List<Map<String, Object>> deadLetters = await().atMost(Duration.ofSeconds(20))
                .until(() -> openDeadLettersFor(accountId), letters -> letters.size() == 6);
        assertThat(deadLetters).extracting(letter -> letter.get("reason").toString())
                .anySatisfy(reason -> assertThat(reason).startsWith("schema violation").contains("/amount/amount"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("unknown invoice " + missingInvoice))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("currency mismatch: invoice " + invoiceId
                        + " is in EUR, payment in USD"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("amount must be positive, was 0.00 EUR"))
                .anySatisfy(reason -> assertThat(reason).isEqualTo("amount must be positive, was -40.00 EUR"))
                .anySatisfy(reason -> assertThat(reason)
                        .isEqualTo("unknown event type 'hostledger.payments.payment-reversed.v1'"));

        // The currency mistake is corrected by the operator and re-driven: it pays the rest.
        Map<String, Object> currencyMistake = deadLetters.stream()
                .filter(letter -> letter.get("reason").toString().startsWith("currency mismatch")).findFirst().orElseThrow();
        String corrected = new String(paymentRecord(tag + "-currency", accountId, invoiceId, "30.00", "EUR"),
                StandardCharsets.UTF_8);
        Http.Response redriven = Http.postJsonAs(system.billing.baseUrl() + "/ops/dead-letters/"
                        + currencyMistake.get("id") + "/redrive",
                "{\"reason\": \"gateway confirmed EUR\", \"record\": " + corrected + "}",
                HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(redriven.status()).as(redriven.body()).isEqualTo(200);
        JsonNode settled = await().atMost(Duration.ofSeconds(20))
                .until(() -> invoice(invoiceId).json(), json -> "PAID".equals(json.get("status").asText()));
        assertThat(amount(settled, "paid")).isEqualByComparingTo("40.00");
        String recordedBy = system.billing.jdbc().queryForObject("""
                        SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type = 'dev.hostledger.billing.api.PaymentReceived'""",
                String.class, tag + "-currency");
        assertThat(recordedBy).contains("\"actorType\":\"OPERATOR\"").contains("gateway confirmed EUR");

        // The unknown invoice's record, re-driven unchanged, is still refused and stays listed with its reason.
        Map<String, Object> unknown = deadLetters.stream()
                .filter(letter -> letter.get("reason").toString().startsWith("unknown invoice")).findFirst().orElseThrow();
        Http.Response refused = Http.postJsonAs(system.billing.baseUrl() + "/ops/dead-letters/" + unknown.get("id")
                + "/redrive", "{\"reason\": \"try again\"}", HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("unknown invoice " + missingInvoice);
        assertThat(openDeadLettersFor(accountId)).hasSize(5);
    }

    private List<Map<String, Object>> openDeadLettersFor(String accountId) {
        JsonNode letters = Http.getAs(system.billing.baseUrl() + "/ops/dead-letters", HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD).json();
        List<Map<String, Object>> mine = new java.util.ArrayList<>();
        letters.forEach(letter -> {
            if (accountId.equals(letter.get("key").asText())) {
                mine.add(Map.of("id", letter.get("id").asLong(), "reason", letter.get("reason").asText()));
            }
        });
        return mine;
    }

    private Http.Response invoice(String invoiceId) {
        return Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId);
    }

    private static BigDecimal amount(JsonNode invoice, String field) {
        return new BigDecimal(invoice.at("/" + field + "/amount").asText());
    }

    private void pay(String paymentId, String accountId, String invoiceId, String amount, String currency)
            throws Exception {
        PlainKafka.publish(system.infrastructure.kafka().bootstrapServers(), Topics.PAYMENTS_INBOUND, accountId,
                paymentRecord(paymentId, accountId, invoiceId, amount, currency));
    }

    private byte[] paymentRecord(String paymentId, String accountId, String invoiceId, String amount, String currency) {
        PaymentReceived payment = new PaymentReceived(paymentId, accountId, invoiceId,
                new Money(new BigDecimal(amount), currency), Instant.parse("2026-11-24T10:00:00Z"));
        // Each delivery attempt of the gateway is a new CloudEvent; the payment id inside is what counts once.
        return codec.serialize(codec.envelope(UUID.randomUUID().toString(), GATEWAY, invoiceId, payment, Map.of()));
    }

    private void publishRaw(String key, String json) throws Exception {
        PlainKafka.publish(system.infrastructure.kafka().bootstrapServers(), Topics.PAYMENTS_INBOUND, key,
                json.getBytes(StandardCharsets.UTF_8));
    }

    private Instant inDays(int days) {
        return system.clock.instant().plus(Duration.ofDays(days));
    }
}
