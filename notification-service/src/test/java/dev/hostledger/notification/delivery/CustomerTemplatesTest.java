package dev.hostledger.notification.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every customer message rendered as a customer would get it: times in their zone (chosen so the local date differs
 * from the UTC one), amounts in the account's currency, and the facts the message is about, in subject, text and HTML.
 */
class CustomerTemplatesTest {

    private static final String INVOICE = "2026-000123";

    private final Templates templates = new Templates();

    static Stream<Arguments> messages() {
        return Stream.of(
                message(Templates.INVOICE_ISSUED, "Asia/Tokyo", Map.of("invoiceId", "inv-1", "invoiceNumber", INVOICE,
                                "totalAmount", "1500", "currency", "JPY", "lineCount", "1",
                                "issuedAt", "2026-11-24T15:30:00Z", "dueAt", "2026-12-08T23:00:00Z"),
                        "Invoice 2026-000123: ¥1,500 due on 9 December 2026",
                        "¥1,500", "9 December 2026, 08:00 JST", "25 November 2026, 00:30 JST"),
                message(Templates.PAYMENT_RECEIVED, "America/New_York", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "paidAmount", "40.00", "overpaidAmount", "10.00",
                                "currency", "USD", "receivedAt", "2026-12-01T02:00:00Z"),
                        "Payment of $40.00 received for invoice 2026-000123",
                        "$40.00", "30 November 2026, 21:00 EST", "Nothing is left to pay",
                        "$10.00 more than was open was added to your account balance"),
                message(Templates.INVOICE_PAID, "Australia/Sydney", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "paidAt", "2026-11-30T20:00:00Z"),
                        "Invoice 2026-000123 is paid", "1 December 2026, 07:00 AEDT", "paid in full"),
                message(Templates.CREDIT_NOTE_ISSUED, "Europe/Berlin", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "creditNoteNumber", "CN-2026-000001",
                                "creditedAmount", "1234.50", "currency", "EUR", "reason", "ordered twice",
                                "issuedAt", "2026-11-25T23:30:00Z"),
                        "Credit note CN-2026-000001 for invoice 2026-000123",
                        "€1,234.50", "26 November 2026, 00:30 CET", "ordered twice", "nothing is owed on it"),
                message(Templates.PAYMENT_REFUNDED, "Europe/London", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "refundedAmount", "12.34", "currency", "GBP",
                                "reason", "paid twice", "refundedAt", "2026-07-01T23:30:00Z"),
                        "Refund of £12.34 for invoice 2026-000123",
                        "£12.34", "2 July 2026, 00:30 BST", "paid twice"),
                message(Templates.INVOICE_REMINDER, "Asia/Tokyo", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "openAmount", "1500", "currency", "JPY",
                                "dueAt", "2026-12-08T23:00:00Z"),
                        "Reminder: invoice 2026-000123 is due on 9 December 2026",
                        "¥1,500", "9 December 2026, 08:00 JST"),
                message(Templates.INVOICE_OVERDUE, "America/Los_Angeles", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "openAmount", "15.00", "currency", "USD",
                                "dueAt", "2026-12-09T03:00:00Z"),
                        "Invoice 2026-000123 is overdue", "$15.00", "8 December 2026, 19:00 PST"),
                message(Templates.SUSPENSION_WARNING, "Europe/Vienna", Map.of("invoiceId", "inv-1",
                                "invoiceNumber", INVOICE, "openAmount", "15.00", "currency", "EUR",
                                "services", "VS-2, VS-4", "suspensionAt", "2026-12-11T23:30:00Z"),
                        "Invoice 2026-000123 unpaid: suspension on 12 December 2026",
                        "€15.00", "12 December 2026, 00:30 CET", "VS-2, VS-4"),
                message(Templates.COMPENSATION_CREDITED, "Europe/London", Map.of("creditedAmount", "10.00",
                                "balanceAfterAmount", "25.50", "currency", "GBP", "reason", "outage of 24 November",
                                "creditedAt", "2026-11-27T10:00:00Z"),
                        "A credit of £10.00 was added to your account",
                        "£25.50", "27 November 2026, 10:00 GMT", "outage of 24 November"),
                message(Templates.SERVICE_DELIVERED, "Asia/Tokyo", Map.of("serviceId", "svc-1", "plan", "VS-2",
                                "deliveredAt", "2026-11-24T20:00:00Z", "renewalAt", "2026-12-24T20:00:00Z"),
                        "Your service VS-2 is ready", "25 November 2026, 05:00 JST", "25 December 2026, 05:00 JST"),
                message(Templates.SERVICE_SUSPENDED, "America/New_York", Map.of("serviceId", "svc-1",
                                "plan", "VS-2", "invoiceId", "inv-1", "invoiceNumber", INVOICE,
                                "suspendedAt", "2026-12-05T03:00:00Z"),
                        "Your service VS-2 has been suspended", "4 December 2026, 22:00 EST",
                        "Invoice 2026-000123 is still unpaid"),
                message(Templates.SERVICE_UNSUSPENDED, "America/New_York", Map.of("serviceId", "svc-1",
                                "plan", "VS-2", "unsuspendedAt", "2026-12-06T15:30:00Z"),
                        "Your service VS-2 is running again", "6 December 2026, 10:30 EST"),
                message(Templates.SERVICE_TERMINATED, "Europe/Berlin", Map.of("serviceId", "svc-1", "plan", "DS-8",
                                "reason", "unpaid after the dunning schedule", "terminatedAt", "2026-12-24T23:00:00Z"),
                        "Your service DS-8 has been terminated", "25 December 2026, 00:00 CET",
                        "unpaid after the dunning schedule"),
                message(Templates.RENEWAL_DATE_EXTENDED, "Asia/Tokyo", Map.of("serviceId", "svc-1", "plan", "VS-2",
                                "extensionHours", "72", "reason", "order delayed by the outage",
                                "previousRenewalAt", "2026-12-24T20:00:00Z", "renewalAt", "2026-12-27T20:00:00Z"),
                        "Your service VS-2 now renews on 28 December 2026", "72 hours",
                        "25 December 2026, 05:00 JST", "28 December 2026, 05:00 JST"),
                message(Templates.GRACE_PERIOD_DECLARED, "America/New_York", Map.of("gracePeriodId", "g-1",
                                "reason", "data centre outage", "startsAt", "2026-11-24T14:00:00Z",
                                "endsAt", "2026-11-27T14:00:00Z"),
                        "Payment grace period until 27 November 2026", "24 November 2026, 09:00 EST",
                        "27 November 2026, 09:00 EST", "data centre outage"),
                message(Templates.GRACE_PERIOD_EXTENDED, "Asia/Tokyo", Map.of("gracePeriodId", "g-1",
                                "reason", "repairs take longer", "previousEndsAt", "2026-11-27T14:00:00Z",
                                "endsAt", "2026-11-28T20:00:00Z"),
                        "Payment grace period extended until 29 November 2026", "27 November 2026, 23:00 JST",
                        "29 November 2026, 05:00 JST"),
                message(Templates.GRACE_ENDING_NOTICE, "Asia/Tokyo", Map.of("gracePeriodId", "g-1",
                                "endsAt", "2026-11-27T20:00:00Z"),
                        "Payment grace period ends on 28 November 2026", "28 November 2026, 05:00 JST"),
                message(Templates.ACCOUNT_OPENED, "Asia/Tokyo", Map.of("accountId", "acc-9", "currency", "JPY",
                                "openedAt", "2026-11-24T23:30:00Z"),
                        "Welcome to Hostledger, Kenji", "25 November 2026, 08:30 JST", "JPY"));
    }

    private static Arguments message(String template, String zone, Map<String, String> model, String subject,
                                     String... facts) {
        return arguments(template, zone, model, subject, List.of(facts));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("messages")
    void eachMessageShowsItsFactsInTheCustomersZoneAndCurrency(String template, String zone,
                                                              Map<String, String> model, String subject,
                                                              List<String> facts) {
        RenderedMessage message = templates.render(template, "Kenji", zone, model);

        assertThat(message.subject()).isEqualTo(subject);
        assertThat(message.text()).startsWith("Hello Kenji,").contains(facts).doesNotContain("null", "\n\n\n");
        assertThat(message.html()).doesNotContain(">null<");
        assertThat(readable(message.html())).contains(facts);
    }

    /** The HTML part as a mail client shows it: the facts may be split by markup (an amount in bold). */
    private static String readable(String html) {
        return html.replaceAll("<[^>]+>", "");
    }

    @Test
    void everyTemplateHasASubjectATextAnHtmlPartAndASampleForThePreview() throws URISyntaxException {
        File mail = new File(Templates.class.getClassLoader().getResource("mail").toURI());
        List<String> names = Arrays.stream(mail.list()).filter(file -> file.endsWith(".html"))
                .map(file -> file.substring(0, file.length() - ".html".length())).sorted().toList();
        assertThat(names).as("one test case per template").containsExactlyInAnyOrderElementsOf(
                messages().map(arguments -> (String) arguments.get()[0]).toList());

        TemplatePreviews previews = new TemplatePreviews(templates);
        for (String name : names) {
            assertThat(new File(mail, name + ".subject.txt")).as(name).exists();
            assertThat(new File(mail, name + ".sample.json")).as(name).exists();
            RenderedMessage sample = previews.preview(name, null);
            assertThat(sample.subject()).as(name).isNotBlank().doesNotContain("null");
            assertThat(sample.text()).as(name).doesNotContain("null");
        }
    }

    @Test
    void whileAGracePeriodLastsDunningMessagesSayUntilWhenSuspensionIsPausedInTheCustomersZone() {
        Map<String, String> paused = Map.of("invoiceId", "inv-1", "invoiceNumber", INVOICE, "openAmount", "15.00",
                "currency", "EUR", "dueAt", "2026-12-08T14:00:00Z", "services", "VS-2",
                "suspensionAt", "2026-12-11T14:00:00Z", "suspensionPausedUntil", "2026-12-12T23:30:00Z");
        for (String template : List.of(Templates.INVOICE_REMINDER, Templates.INVOICE_OVERDUE,
                Templates.SUSPENSION_WARNING)) {
            RenderedMessage message = templates.render(template, "Ada", "Europe/Vienna", paused);

            assertThat(message.text()).as(template)
                    .contains("suspension for non-payment is paused until 13 December 2026, 00:30 CET");
            assertThat(message.html()).as(template).contains("13 December 2026, 00:30 CET");
        }
        Map<String, String> notPaused = new java.util.HashMap<>(paused);
        notPaused.remove("suspensionPausedUntil");
        assertThat(templates.render(Templates.INVOICE_REMINDER, "Ada", "Europe/Vienna", notPaused).text())
                .doesNotContain("paused").doesNotContain("grace");
    }

    @Test
    void aSuspensionForAnotherReasonThanNonPaymentNamesThatReasonAndNoInvoice() {
        RenderedMessage message = templates.render(Templates.SERVICE_SUSPENDED, "Ada", "UTC", Map.of(
                "serviceId", "svc-1", "plan", "VS-2", "reason", "spam relay reported",
                "suspendedAt", "2026-12-05T09:00:00Z"));

        assertThat(message.text()).contains("Reason: spam relay reported.").doesNotContain("invoice");
        assertThat(message.html()).contains("spam relay reported").doesNotContain("still unpaid");
    }

    @Test
    void aPartialPaymentSaysWhatIsStillOpen() {
        RenderedMessage message = templates.render(Templates.PAYMENT_RECEIVED, "Ada", "Asia/Tokyo", Map.of(
                "invoiceId", "inv-1", "invoiceNumber", INVOICE, "paidAmount", "5000", "openAfterAmount", "1500",
                "currency", "JPY", "receivedAt", "2026-11-30T23:15:00Z"));

        assertThat(message.text()).contains("¥5,000", "Still open on this invoice: ¥1,500.",
                "1 December 2026, 08:15 JST").doesNotContain("Nothing is left", "account balance");
    }
}
