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

    public static final List<EventType<?>> TYPES = List.of(INVOICE_ISSUED, PAYMENT_RECORDED, INVOICE_PAID,
            CREDIT_NOTE_ISSUED, PAYMENT_REFUNDED, INVOICE_DUE_DATE_EXTENDED, INVOICE_REMINDER_DUE, INVOICE_OVERDUE,
            SUSPENSION_WARNING_DUE, SUSPENSION_REQUESTED, UNSUSPENSION_REQUESTED, TERMINATION_REQUESTED);

    private BillingEvents() {
    }

    private static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> data) {
        return new EventType<>("hostledger.billing." + name + ".v1", Topics.BILLING_EVENTS, data);
    }
}
