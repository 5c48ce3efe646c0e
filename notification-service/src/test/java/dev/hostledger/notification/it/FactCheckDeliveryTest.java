package dev.hostledger.notification.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceOrdered;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.billing.BillingEvents;
import dev.hostledger.contracts.billing.CreditNoteIssued;
import dev.hostledger.contracts.billing.GraceEndingNoticeDue;
import dev.hostledger.contracts.billing.GracePeriodDeclared;
import dev.hostledger.contracts.billing.GracePeriodEnded;
import dev.hostledger.contracts.billing.GracePeriodExtended;
import dev.hostledger.contracts.billing.GraceScope;
import dev.hostledger.contracts.billing.InvoiceIssued;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.contracts.billing.InvoiceOverdue;
import dev.hostledger.contracts.billing.InvoicePaid;
import dev.hostledger.contracts.billing.InvoiceReminderDue;
import dev.hostledger.notification.api.NotificationIds;
import dev.hostledger.notification.delivery.DeliveryWorkers;
import dev.hostledger.notification.delivery.Templates;
import dev.hostledger.notification.it.RunningNotificationService.Customer;
import dev.hostledger.testsupport.ReceivedMail;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two real fact checks on real servers: a message requested while its fact held is suppressed, with the reason,
 * when the fact changed before it went out. "Before it went out" is made certain by stopping the delivery workers
 * while the later facts arrive, as a backlog after an outage would hold them.
 */
class FactCheckDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant DUE = Instant.parse("2026-12-08T23:00:00Z");
    private static RunningNotificationService service;

    @BeforeAll
    static void start() {
        service = new RunningNotificationService(Map.of(
                "hostledger.notification.delivery.poll-interval", "50ms",
                "hostledger.notification.fan-out.messages-per-second", "1000"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aReminderWhoseInvoiceWasPaidBeforeSendingIsSuppressedAndOneForAnOpenInvoiceIsSent() throws Exception {
        Customer ines = known(Customer.unique("Ines Duarte", "Asia/Tokyo", "JPY"));
        String paid = issue(ines, "1500");
        String credited = issue(ines, "2000");
        String open = issue(ines, "2500");
        Instant pausedUntil = Instant.parse("2026-12-10T15:30:00Z");

        List<CloudEvent> held = withDeliveryHeld(() -> {
            CloudEvent paidReminder = service.publish(new InvoiceReminderDue(paid, ines.accountId(), DUE,
                    Money.of("1500", "JPY"), null, Instant.now()));
            CloudEvent creditedOverdue = service.publish(new InvoiceOverdue(credited, ines.accountId(), DUE,
                    Money.of("2000", "JPY"), null, Instant.now()));
            CloudEvent openReminder = service.publish(new InvoiceReminderDue(open, ines.accountId(), DUE,
                    Money.of("2500", "JPY"), pausedUntil, Instant.now()));
            // Requested while the invoices were open; settled before anything was sent.
            awaitStatus(ines, paidReminder, Templates.INVOICE_REMINDER, "REQUESTED");
            awaitStatus(ines, creditedOverdue, Templates.INVOICE_OVERDUE, "REQUESTED");
            service.publish(new InvoicePaid(paid, ines.accountId(), Instant.now()));
            service.publish(new CreditNoteIssued("CN-2026-000007", credited, ines.accountId(),
                    Money.of("2000", "JPY"), "ordered twice", Instant.now()));
            awaitStatus(ines, openReminder, Templates.INVOICE_REMINDER, "REQUESTED");
            await().atMost(WAIT).until(() -> service.jdbc().queryForObject(
                    "SELECT count(*) FROM invoice_fact WHERE invoice_id IN (?, ?) AND settled_by IS NOT NULL",
                    Integer.class, paid, credited) == 2);
            return List.of(paidReminder, creditedOverdue, openReminder);
        });
        CloudEvent paidReminder = held.get(0);
        CloudEvent creditedOverdue = held.get(1);
        CloudEvent openReminder = held.get(2);

        JsonNode suppressed = awaitStatus(ines, paidReminder, Templates.INVOICE_REMINDER, "SUPPRESSED");
        assertThat(suppressed.get("reason").asText()).contains(paid).contains("was paid at");
        JsonNode cancelled = awaitStatus(ines, creditedOverdue, Templates.INVOICE_OVERDUE, "SUPPRESSED");
        assertThat(cancelled.get("reason").asText()).contains("cancelled by credit note CN-2026-000007");
        awaitStatus(ines, openReminder, Templates.INVOICE_REMINDER, "SENT");

        List<ReceivedMail> reminders = mailsWithSubjectStarting(ines, "Reminder: invoice");
        assertThat(reminders).hasSize(1);
        ReceivedMail reminder = reminders.get(0);
        assertThat(reminder.subject()).isEqualTo("Reminder: invoice NO-" + open + " is due on 9 December 2026");
        // 23:00 UTC is 08:00 the next morning in Tokyo; the pause ends 00:30 JST on the 11th.
        assertThat(reminder.textBody()).contains("¥2,500").contains("9 December 2026, 08:00 JST")
                .contains("suspension for non-payment is paused until 11 December 2026, 00:30 JST");
    }

    @Test
    void aGraceEndingNoticeWhoseWindowWasExtendedOrEndedSinceIsSuppressedAndOneForTheCurrentEndIsSent()
            throws Exception {
        Customer dedicated = known(Customer.unique("Dana Dedicated", "America/New_York", "USD"));
        Customer virtual = known(Customer.unique("Victor Virtual", "Europe/Vienna", "EUR"));
        service.publish(serviceOrdered(dedicated, "DEDICATED", "DS-8"));
        service.publish(serviceOrdered(virtual, "VIRTUAL", "VS-2"));
        String kindWindow = "grace-" + UUID.randomUUID();
        String accountWindow = "grace-" + UUID.randomUUID();
        Instant firstEnd = Instant.parse("2026-11-27T14:00:00Z");
        Instant laterEnd = Instant.parse("2026-11-28T14:00:00Z");

        // Provider-wide, for dedicated servers only: told to the accounts that have one, and to no other.
        await().atMost(WAIT).until(() -> service.jdbc().queryForObject(
                "SELECT count(*) FROM account_service WHERE account_id IN (?, ?)", Integer.class,
                dedicated.accountId(), virtual.accountId()) == 2);
        CloudEvent declared = service.publish(new GracePeriodDeclared(BillingEvents.ALL_ACCOUNTS, kindWindow,
                firstEnd.minus(Duration.ofHours(72)), firstEnd, new GraceScope(false, null, List.of("DEDICATED")),
                "data centre outage", null, Instant.now()));
        awaitStatus(dedicated, declared, Templates.GRACE_PERIOD_DECLARED, "SENT");
        service.publish(new GracePeriodDeclared(BillingEvents.ALL_ACCOUNTS, accountWindow,
                firstEnd.minus(Duration.ofHours(72)), firstEnd,
                new GraceScope(false, List.of(virtual.accountId()), null), "network incident", null, Instant.now()));
        await().atMost(WAIT).until(() -> windowCount(kindWindow, accountWindow) == 2);

        List<CloudEvent> held = withDeliveryHeld(() -> {
            CloudEvent outdatedNotice = service.publish(new GraceEndingNoticeDue(dedicated.accountId(), kindWindow,
                    firstEnd, Instant.now()));
            CloudEvent endedNotice = service.publish(new GraceEndingNoticeDue(virtual.accountId(), accountWindow,
                    firstEnd, Instant.now()));
            awaitStatus(dedicated, outdatedNotice, Templates.GRACE_ENDING_NOTICE, "REQUESTED");
            awaitStatus(virtual, endedNotice, Templates.GRACE_ENDING_NOTICE, "REQUESTED");
            CloudEvent extended = service.publish(new GracePeriodExtended(BillingEvents.ALL_ACCOUNTS, kindWindow,
                    firstEnd, laterEnd, "repairs take longer", Instant.now()));
            service.publish(new GracePeriodEnded(BillingEvents.ALL_ACCOUNTS, accountWindow, Instant.now(), true,
                    "network restored", Instant.now()));
            await().atMost(WAIT).until(() -> service.jdbc().queryForObject("""
                    SELECT count(*) FROM grace_window WHERE (grace_period_id = ? AND ends_at = ?)
                        OR (grace_period_id = ? AND closed IS NOT NULL)""", Integer.class,
                    kindWindow, Timestamp.from(laterEnd), accountWindow) == 2);
            CloudEvent currentNotice = service.publish(new GraceEndingNoticeDue(dedicated.accountId(), kindWindow,
                    laterEnd, Instant.now()));
            awaitStatus(dedicated, currentNotice, Templates.GRACE_ENDING_NOTICE, "REQUESTED");
            return List.of(outdatedNotice, endedNotice, extended, currentNotice);
        });
        CloudEvent outdatedNotice = held.get(0);
        CloudEvent endedNotice = held.get(1);
        CloudEvent extended = held.get(2);
        CloudEvent currentNotice = held.get(3);

        assertThat(awaitStatus(dedicated, outdatedNotice, Templates.GRACE_ENDING_NOTICE, "SUPPRESSED")
                .get("reason").asText()).contains("now ends at " + laterEnd).contains("announced " + firstEnd);
        assertThat(awaitStatus(virtual, endedNotice, Templates.GRACE_ENDING_NOTICE, "SUPPRESSED")
                .get("reason").asText()).contains("ended early");
        awaitStatus(dedicated, currentNotice, Templates.GRACE_ENDING_NOTICE, "SENT");
        awaitStatus(dedicated, extended, Templates.GRACE_PERIOD_EXTENDED, "SENT");

        List<ReceivedMail> notices = mailsWithSubjectStarting(dedicated, "Payment grace period ends");
        assertThat(notices).hasSize(1);
        // 14:00 UTC is 09:00 in New York.
        assertThat(notices.get(0).textBody()).contains("28 November 2026, 09:00 EST");
        assertThat(mailsWithSubjectStarting(dedicated, "Payment grace period extended until 28 November 2026"))
                .hasSize(1);
        assertThat(service.notificationsOf(virtual.accountId()).findValuesAsText("template"))
                .as("the dedicated-servers window is not told to an account with virtual servers only")
                .doesNotContain(Templates.GRACE_PERIOD_EXTENDED)
                .containsOnlyOnce(Templates.GRACE_PERIOD_DECLARED);
    }

    // --- helpers ---

    /**
     * Runs {@code facts} with the delivery workers stopped, so every message it requests is still queued when the
     * later facts arrive; delivery resumes afterwards, as after an outage.
     */
    private static <T> T withDeliveryHeld(Callable<T> facts) throws Exception {
        DeliveryWorkers workers = service.bean(DeliveryWorkers.class);
        workers.stop();
        try {
            return facts.call();
        } finally {
            workers.start();
        }
    }

    /** An account notification-service has heard of (its welcome sent), so its messages can be addressed. */
    private static Customer known(Customer customer) throws Exception {
        CloudEvent opened = service.accountOpened(customer, Instant.now(), Map.of());
        service.publish(customer.accountId(), opened);
        awaitStatus(customer, opened, Templates.ACCOUNT_OPENED, "SENT");
        return customer;
    }

    private static String issue(Customer customer, String amount) throws Exception {
        String invoiceId = "inv-" + UUID.randomUUID();
        Money total = Money.of(amount, customer.currency());
        publishAndAwait(new InvoiceIssued(invoiceId, "NO-" + invoiceId, customer.accountId(),
                List.of(new InvoiceLine("Virtual server VS-2", null, null, null, total)), total, DUE, Instant.now()),
                customer, Templates.INVOICE_ISSUED);
        return invoiceId;
    }

    private static void publishAndAwait(IntegrationEvent data, Customer customer, String template) throws Exception {
        awaitStatus(customer, service.publish(data), template, "SENT");
    }

    private static ServiceOrdered serviceOrdered(Customer customer, String kind, String plan) {
        return new ServiceOrdered("svc-" + UUID.randomUUID(), customer.accountId(), kind, plan,
                new ServiceSpec(2, 4, 80, "Nuremberg"), Money.of("15.00", customer.currency()), "MONTHLY",
                Instant.now());
    }

    private static int windowCount(String... gracePeriodIds) {
        return service.jdbc().queryForObject("SELECT count(*) FROM grace_window WHERE grace_period_id = ANY (?)",
                Integer.class, (Object) gracePeriodIds);
    }

    private static JsonNode awaitStatus(Customer customer, CloudEvent source, String template, String status) {
        String notificationId = NotificationIds.of(source.getId(), template, customer.accountId());
        return await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(
                () -> {
                    for (JsonNode entry : service.notificationsOf(customer.accountId())) {
                        if (entry.get("notificationId").asText().equals(notificationId)) {
                            return entry;
                        }
                    }
                    return null;
                },
                entry -> entry != null && status.equals(entry.get("status").asText()));
    }

    private static List<ReceivedMail> mailsWithSubjectStarting(Customer customer, String prefix) {
        Callable<List<ReceivedMail>> mails = () -> service.mail.messagesFor(customer.email()).stream()
                .filter(mail -> mail.subject().startsWith(prefix)).toList();
        return await().atMost(WAIT).until(mails, found -> !found.isEmpty());
    }
}
