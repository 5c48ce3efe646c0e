package dev.hostledger.notification.kafka;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.billing.CreditNoteIssued;
import dev.hostledger.contracts.billing.GraceEndingNoticeDue;
import dev.hostledger.contracts.billing.GracePeriodCancelled;
import dev.hostledger.contracts.billing.GracePeriodDeclared;
import dev.hostledger.contracts.billing.GracePeriodEnded;
import dev.hostledger.contracts.billing.GracePeriodExtended;
import dev.hostledger.contracts.billing.InvoiceIssued;
import dev.hostledger.contracts.billing.InvoiceOverdue;
import dev.hostledger.contracts.billing.InvoicePaid;
import dev.hostledger.contracts.billing.InvoiceReminderDue;
import dev.hostledger.contracts.billing.PaymentRecorded;
import dev.hostledger.contracts.billing.PaymentRefunded;
import dev.hostledger.contracts.billing.SuspensionWarningDue;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.kit.consume.RejectedEventException;
import dev.hostledger.notification.delivery.Templates;
import dev.hostledger.notification.facts.AccountServices;
import dev.hostledger.notification.facts.GraceWindows;
import dev.hostledger.notification.facts.InvoiceFacts;
import dev.hostledger.notification.request.MessageModel;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks for the messages about invoices, payments, dunning and grace periods, and keeps the facts the delivery checks
 * against (an invoice settled, a grace window's current end). The facts are recorded before the message is asked
 * for, in the same transaction, so a message never sees a state older than its own event.
 */
@Component
public class BillingEventsListener implements IntegrationEventListener {

    private final CustomerMessages messages;
    private final InvoiceFacts invoices;
    private final GraceWindows windows;
    private final AccountServices services;

    public BillingEventsListener(CustomerMessages messages, InvoiceFacts invoices, GraceWindows windows,
                                 AccountServices services) {
        this.messages = messages;
        this.invoices = invoices;
        this.windows = windows;
        this.services = services;
    }

    @Override
    public String name() {
        return "notification.billing-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.BILLING_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        Object data = event.data();
        if (data instanceof InvoiceIssued issued) {
            invoices.issued(issued.invoiceId(), issued.accountId(), issued.invoiceNumber());
            messages.tell(event, Templates.INVOICE_ISSUED, issued.accountId(), invoice(issued.invoiceId())
                    .money("total", issued.total()).put("lineCount", String.valueOf(issued.lines().size()))
                    .at("issuedAt", issued.occurredAt()).at("dueAt", issued.dueAt()));
        } else if (data instanceof PaymentRecorded payment) {
            messages.tell(event, Templates.PAYMENT_RECEIVED, payment.accountId(), invoice(payment.invoiceId())
                    .money("paid", payment.amount()).moneyIfPositive("overpaid", payment.overpaid())
                    .moneyIfPositive("openAfter", payment.openAfter()).at("receivedAt", payment.occurredAt()));
        } else if (data instanceof InvoicePaid paid) {
            invoices.settled(paid.invoiceId(), paid.accountId(), "paid", paid.occurredAt());
            messages.tell(event, Templates.INVOICE_PAID, paid.accountId(), invoice(paid.invoiceId())
                    .at("paidAt", paid.occurredAt()));
        } else if (data instanceof CreditNoteIssued credited) {
            invoices.settled(credited.invoiceId(), credited.accountId(),
                    "cancelled by credit note " + credited.creditNoteNumber(), credited.occurredAt());
            messages.tell(event, Templates.CREDIT_NOTE_ISSUED, credited.accountId(), invoice(credited.invoiceId())
                    .put("creditNoteNumber", credited.creditNoteNumber()).money("credited", credited.amount())
                    .put("reason", credited.reason()).at("issuedAt", credited.occurredAt()));
        } else if (data instanceof PaymentRefunded refund) {
            messages.tell(event, Templates.PAYMENT_REFUNDED, refund.accountId(), invoice(refund.invoiceId())
                    .money("refunded", refund.amount()).put("reason", refund.reason())
                    .at("refundedAt", refund.occurredAt()));
        } else if (data instanceof InvoiceReminderDue reminder) {
            messages.tell(event, Templates.INVOICE_REMINDER, reminder.accountId(), dunning(reminder.invoiceId(),
                    reminder.open(), reminder.suspensionPausedUntil()).at("dueAt", reminder.dueAt()));
        } else if (data instanceof InvoiceOverdue overdue) {
            messages.tell(event, Templates.INVOICE_OVERDUE, overdue.accountId(), dunning(overdue.invoiceId(),
                    overdue.open(), overdue.suspensionPausedUntil()).at("dueAt", overdue.dueAt()));
        } else if (data instanceof SuspensionWarningDue warning) {
            messages.tell(event, Templates.SUSPENSION_WARNING, warning.accountId(), dunning(warning.invoiceId(),
                    warning.open(), warning.suspensionPausedUntil())
                    .put("services", warning.serviceIds().stream().map(services::planOf)
                            .collect(Collectors.joining(", ")))
                    .at("suspensionAt", warning.suspensionAt()));
        } else if (data instanceof GracePeriodDeclared declared) {
            windows.declared(declared.gracePeriodId(), declared.endsAt(), declared.scope());
            messages.tellEach(event, Templates.GRACE_PERIOD_DECLARED, services.inScope(declared.scope()),
                    MessageModel.with("gracePeriodId", declared.gracePeriodId()).put("reason", declared.reason())
                            .at("startsAt", declared.startsAt()).at("endsAt", declared.endsAt()));
        } else if (data instanceof GracePeriodExtended extended) {
            // The extension does not repeat the scope: it reaches the accounts the declaration reached (as they are
            // known now).
            var window = windows.find(extended.gracePeriodId()).orElseThrow(() -> new RejectedEventException(
                    "grace period " + extended.gracePeriodId() + " was never declared here: whom it concerns is"
                            + " unknown"));
            windows.extended(extended.gracePeriodId(), extended.endsAt());
            messages.tellEach(event, Templates.GRACE_PERIOD_EXTENDED, services.inScope(window.scope()),
                    MessageModel.with("gracePeriodId", extended.gracePeriodId()).put("reason", extended.reason())
                            .at("previousEndsAt", extended.previousEndsAt()).at("endsAt", extended.endsAt()));
        } else if (data instanceof GracePeriodEnded ended) {
            windows.closed(ended.gracePeriodId(), (ended.early() ? "ended early at " : "ended at ") + ended.endedAt());
        } else if (data instanceof GracePeriodCancelled cancelled) {
            windows.closed(cancelled.gracePeriodId(), "was cancelled at " + cancelled.occurredAt());
        } else if (data instanceof GraceEndingNoticeDue notice) {
            messages.tell(event, Templates.GRACE_ENDING_NOTICE, notice.accountId(),
                    MessageModel.with("gracePeriodId", notice.gracePeriodId()).at("endsAt", notice.endsAt()));
        }
    }

    private MessageModel invoice(String invoiceId) {
        return MessageModel.with("invoiceId", invoiceId).put("invoiceNumber", invoices.numberOf(invoiceId));
    }

    /** Reminder, overdue notice and warning: what is open and, during a grace period, until when nothing happens. */
    private MessageModel dunning(String invoiceId, Money open, Instant suspensionPausedUntil) {
        return invoice(invoiceId).money("open", open).at("suspensionPausedUntil", suspensionPausedUntil);
    }
}
