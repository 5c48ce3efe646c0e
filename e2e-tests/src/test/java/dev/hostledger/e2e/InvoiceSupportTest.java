package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A support agent's day: a payment matched by hand, a refund (too large, then right), a due date, a credit note. */
class InvoiceSupportTest {

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void refundsAndCreditNotesNeverEditTheInvoice() {
        String accountId = Customers.signUp(system, "Support Case", Customers.uniqueEmail("support"), "Europe/Paris", "EUR");
        String invoiceId = "inv-" + UUID.randomUUID();
        Instant due = system.clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(Billing.issueInvoice(system, invoiceId, accountId, "120.00", "EUR", due).status()).isEqualTo(201);

        assertThat(ops("/ops/invoices/" + invoiceId + "/payments",
                "{\"paymentId\": \"bank-" + invoiceId + "\", \"amount\": {\"amount\": \"50.00\", \"currency\": \"EUR\"},"
                        + " \"reason\": \"bank transfer matched by hand\"}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "50.00".equals(invoice(invoiceId).at("/paid/amount").asText()));

        Http.Response tooMuch = ops("/ops/invoices/" + invoiceId + "/refunds",
                "{\"amount\": {\"amount\": \"50.01\", \"currency\": \"EUR\"}, \"reason\": \"goodwill\"}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().get("detail").asText()).contains("exceeds the 50.00 EUR paid");

        assertThat(ops("/ops/invoices/" + invoiceId + "/refunds",
                "{\"refundId\": \"ref-1\", \"amount\": {\"amount\": \"20.00\", \"currency\": \"EUR\"}, \"reason\": \"goodwill\"}")
                .status()).isEqualTo(200);
        Instant later = due.plus(Duration.ofHours(72));
        assertThat(ops("/ops/invoices/" + invoiceId + "/due-date",
                "{\"dueAt\": \"" + later + "\", \"reason\": \"customer asked\"}").status()).isEqualTo(200);
        Http.Response credit = ops("/ops/invoices/" + invoiceId + "/credit-note", "{\"reason\": \"service never delivered\"}");
        assertThat(credit.status()).as(credit.body()).isEqualTo(200);
        assertThat(credit.json().get("creditNoteNumber").asText()).matches("CN-\\d{4}-\\d{6}");

        JsonNode view = await().atMost(Duration.ofSeconds(10)).until(() -> invoice(invoiceId),
                json -> "CANCELLED".equals(json.get("status").asText()) && json.get("refunds").size() == 1);
        assertThat(view.at("/total/amount").asText()).isEqualTo("120.00");
        assertThat(view.at("/credited/amount").asText()).isEqualTo("70.00");
        assertThat(view.at("/refunded/amount").asText()).isEqualTo("20.00");
        assertThat(view.at("/open/amount").asText()).isEqualTo("0.00");
        assertThat(Instant.parse(view.get("dueAt").asText())).isEqualTo(later);
        assertThat(view.get("creditNotes").get(0).get("reason").asText()).isEqualTo("service never delivered");
        assertThat(view.get("lines").get(0).get("description").asText()).isEqualTo("Virtual server VS-2");

        Http.Response twice = ops("/ops/invoices/" + invoiceId + "/credit-note", "{\"reason\": \"again\"}");
        assertThat(twice.status()).isEqualTo(409);

        Http.Response list = Http.get(system.billing.baseUrl() + "/accounts/" + accountId + "/invoices?status=CANCELLED");
        assertThat(list.json().findValuesAsText("invoiceId")).containsExactly(invoiceId);
    }

    private Http.Response ops(String path, String body) {
        return Http.postJsonAs(system.billing.baseUrl() + path, body, HostledgerSystem.OPERATOR,
                HostledgerSystem.OPERATOR_PASSWORD);
    }

    private JsonNode invoice(String invoiceId) {
        return Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).json();
    }
}
