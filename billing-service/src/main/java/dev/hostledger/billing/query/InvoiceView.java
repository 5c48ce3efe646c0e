package dev.hostledger.billing.query;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a support agent needs to answer a question about an invoice. */
public record InvoiceView(String invoiceId, String invoiceNumber, String accountId, String status, Money total,
                          Money paid, Money credited, Money refunded, Money open, List<InvoiceLine> lines,
                          Instant issuedAt, Instant dueAt, Instant paidAt, List<PaymentView> payments,
                          List<CreditNoteView> creditNotes, List<RefundView> refunds, Dunning dunning) {

    /** Where the invoice stands in its dunning schedule: the next step and when, and the steps taken. */
    public record Dunning(String nextStep, Instant nextStepAt, List<Map<String, Object>> steps) {
    }

    public record PaymentView(String paymentId, Money amount, Money applied, Money overpaid, String source,
                              Instant recordedAt) {
    }

    public record CreditNoteView(String creditNoteNumber, Money amount, String reason, Instant issuedAt) {
    }

    public record RefundView(String refundId, Money amount, String reason, Instant refundedAt) {
    }
}
