package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.testsupport.ReceivedMail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's path through all three services: an operator issues an invoice on billing-service; the fact travels
 * over Kafka; notification-service addresses it from the contact details account-service published and sends the
 * customer exactly one "invoice issued" e-mail, with the amount in the account's currency and the due date in the
 * customer's zone.
 */
class InvoiceEmailScenarioTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    private final HostledgerSystem system = HostledgerSystem.get();

    @Test
    void anIssuedInvoiceReachesTheCustomerAsExactlyOneEmailWithItsAmountAndDueDateInTheirZone() {
        String email = Customers.uniqueEmail("kenji");
        String accountId = Customers.signUp(system, "Kenji Sato", email, "Asia/Tokyo", "JPY");
        String invoiceId = "inv-mail-" + UUID.randomUUID();
        Instant due = system.clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS);

        Http.Response issued = Billing.issueInvoice(system, invoiceId, accountId, "1500", "JPY", due);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode invoice = await().atMost(Duration.ofSeconds(10))
                .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId), r -> r.status() == 200)
                .json();
        String number = invoice.get("invoiceNumber").asText();

        var tokyoDue = due.atZone(ZoneId.of("Asia/Tokyo"));
        ReceivedMail mail = await().atMost(Duration.ofSeconds(20)).until(() -> invoiceMails(email),
                mails -> !mails.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Invoice " + number + ": ¥1,500 due on " + DAY.format(tokyoDue));
        assertThat(mail.textBody()).startsWith("Hello Kenji Sato,").contains("Amount: ¥1,500")
                .contains("Due by: " + LOCAL.format(tokyoDue)).contains("JST");
        assertThat(mail.htmlBody()).contains("¥1,500").contains(LOCAL.format(tokyoDue));

        JsonNode log = await().atMost(Duration.ofSeconds(10)).until(
                () -> Http.get(system.notification.baseUrl() + "/accounts/" + accountId + "/notifications").json(),
                entries -> entries.findValuesAsText("status").stream().allMatch("SENT"::equals)
                        && entries.findValuesAsText("template").contains("invoice-issued"));
        assertThat(log.findValuesAsText("template")).containsOnlyOnce("invoice-issued");

        // Settled: the welcome and the invoice, nothing twice and nothing trickling in later.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(invoiceMails(email)).hasSize(1);
        assertThat(system.infrastructure.mail().messagesFor(email)).extracting(ReceivedMail::subject)
                .containsExactlyInAnyOrder("Welcome to Hostledger, Kenji Sato", mail.subject());
    }

    private List<ReceivedMail> invoiceMails(String email) {
        return system.infrastructure.mail().messagesFor(email).stream()
                .filter(mail -> mail.subject().startsWith("Invoice ")).toList();
    }
}
