package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Topics;

import java.util.List;

/** What billing-service publishes on {@link Topics#BILLING_EVENTS}. */
public final class BillingEvents {

    public static final EventType<InvoiceIssued> INVOICE_ISSUED = type("invoice-issued", InvoiceIssued.class);
    public static final EventType<PaymentRecorded> PAYMENT_RECORDED = type("payment-recorded", PaymentRecorded.class);
    public static final EventType<InvoicePaid> INVOICE_PAID = type("invoice-paid", InvoicePaid.class);
    public static final EventType<CreditNoteIssued> CREDIT_NOTE_ISSUED =
            type("credit-note-issued", CreditNoteIssued.class);
    public static final EventType<PaymentRefunded> PAYMENT_REFUNDED = type("payment-refunded", PaymentRefunded.class);
    public static final EventType<InvoiceDueDateExtended> INVOICE_DUE_DATE_EXTENDED =
            type("invoice-due-date-extended", InvoiceDueDateExtended.class);

    public static final EventType<InvoiceReminderDue> INVOICE_REMINDER_DUE =
            type("invoice-reminder-due", InvoiceReminderDue.class);
    public static final EventType<InvoiceOverdue> INVOICE_OVERDUE = type("invoice-overdue", InvoiceOverdue.class);
    public static final EventType<SuspensionWarningDue> SUSPENSION_WARNING_DUE =
            type("suspension-warning-due", SuspensionWarningDue.class);
    public static final EventType<SuspensionRequested> SUSPENSION_REQUESTED =
            type("suspension-requested", SuspensionRequested.class);
    public static final EventType<UnsuspensionRequested> UNSUSPENSION_REQUESTED =
            type("unsuspension-requested", UnsuspensionRequested.class);
    public static final EventType<TerminationRequested> TERMINATION_REQUESTED =
            type("termination-requested", TerminationRequested.class);

    public static final EventType<SuspensionDeferred> SUSPENSION_DEFERRED =
            type("suspension-deferred", SuspensionDeferred.class);
    public static final EventType<GracePeriodDeclared> GRACE_PERIOD_DECLARED =
            type("grace-period-declared", GracePeriodDeclared.class);
    public static final EventType<GracePeriodExtended> GRACE_PERIOD_EXTENDED =
            type("grace-period-extended", GracePeriodExtended.class);
    public static final EventType<GracePeriodEnded> GRACE_PERIOD_ENDED = type("grace-period-ended", GracePeriodEnded.class);
    public static final EventType<GracePeriodCancelled> GRACE_PERIOD_CANCELLED =
            type("grace-period-cancelled", GracePeriodCancelled.class);
    public static final EventType<GraceEndingNoticeDue> GRACE_ENDING_NOTICE_DUE =
            type("grace-ending-notice-due", GraceEndingNoticeDue.class);

    public static final EventType<IncidentOpened> INCIDENT_OPENED = type("incident-opened", IncidentOpened.class);
    public static final EventType<IncidentClosed> INCIDENT_CLOSED = type("incident-closed", IncidentClosed.class);

    /** The partition key of provider-wide facts (grace periods) that concern no single account. */
    public static final String ALL_ACCOUNTS = "*";

    public static final List<EventType<?>> TYPES = List.of(INVOICE_ISSUED, PAYMENT_RECORDED, INVOICE_PAID,
            CREDIT_NOTE_ISSUED, PAYMENT_REFUNDED, INVOICE_DUE_DATE_EXTENDED, INVOICE_REMINDER_DUE, INVOICE_OVERDUE,
            SUSPENSION_WARNING_DUE, SUSPENSION_REQUESTED, UNSUSPENSION_REQUESTED, TERMINATION_REQUESTED,
            SUSPENSION_DEFERRED, GRACE_PERIOD_DECLARED, GRACE_PERIOD_EXTENDED, GRACE_PERIOD_ENDED,
            GRACE_PERIOD_CANCELLED, GRACE_ENDING_NOTICE_DUE, INCIDENT_OPENED, INCIDENT_CLOSED);

    private BillingEvents() {
    }

    private static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> data) {
        return new EventType<>("hostledger.billing." + name + ".v1", Topics.BILLING_EVENTS, data);
    }
}
