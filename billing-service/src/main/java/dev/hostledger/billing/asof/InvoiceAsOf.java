package dev.hostledger.billing.asof;

import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.PaymentRefunded;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.ops.asof.AsOfFold;

import java.time.Instant;

/**
 * An invoice as it stood at a past business instant. The open amount after a payment is the aggregate's own
 * {@code openAfter}; only sums of recorded amounts are added up here.
 */
public record InvoiceAsOf(String invoiceId, String invoiceNumber, String accountId, String status, Money total,
                          Money paid, Money credited, Money refunded, Money open, Instant issuedAt, Instant dueAt,
                          Instant paidAt, int payments, Instant lastChangeAt) {

    static final AsOfFold<InvoiceAsOf> FOLD = AsOfFold.<InvoiceAsOf>builder()
            .on(InvoiceIssued.class, InvoiceIssued::issuedAt, (s, e) -> new InvoiceAsOf(e.invoiceId(),
                    e.invoiceNumber(), e.accountId(), "OPEN", e.total(), Money.zero(e.total().currency()),
                    Money.zero(e.total().currency()), Money.zero(e.total().currency()), e.total(), e.issuedAt(),
                    e.dueAt(), null, 0, e.issuedAt()))
            .on(PaymentRecorded.class, PaymentRecorded::recordedAt, (s, e) -> new InvoiceAsOf(s.invoiceId,
                    s.invoiceNumber, s.accountId, s.status, s.total, s.paid.plus(e.applied()), s.credited,
                    s.refunded, e.openAfter(), s.issuedAt, s.dueAt, s.paidAt, s.payments + 1, e.recordedAt()))
            .on(InvoicePaid.class, InvoicePaid::paidAt, (s, e) -> new InvoiceAsOf(s.invoiceId, s.invoiceNumber,
                    s.accountId, "PAID", s.total, s.paid, s.credited, s.refunded, s.open, s.issuedAt, s.dueAt,
                    e.paidAt(), s.payments, e.paidAt()))
            .on(CreditNoteIssued.class, CreditNoteIssued::issuedAt, (s, e) -> new InvoiceAsOf(s.invoiceId,
                    s.invoiceNumber, s.accountId, "CANCELLED", s.total, s.paid, s.credited.plus(e.amount()),
                    s.refunded, s.open.minus(e.amount()), s.issuedAt, s.dueAt, s.paidAt, s.payments, e.issuedAt()))
            .on(PaymentRefunded.class, PaymentRefunded::refundedAt, (s, e) -> new InvoiceAsOf(s.invoiceId,
                    s.invoiceNumber, s.accountId, s.status, s.total, s.paid, s.credited, s.refunded.plus(e.amount()),
                    s.open, s.issuedAt, s.dueAt, s.paidAt, s.payments, e.refundedAt()))
            .on(InvoiceDueDateExtended.class, InvoiceDueDateExtended::extendedAt, (s, e) -> new InvoiceAsOf(
                    s.invoiceId, s.invoiceNumber, s.accountId, s.status, s.total, s.paid, s.credited, s.refunded,
                    s.open, s.issuedAt, e.dueAt(), s.paidAt, s.payments, e.extendedAt()))
            .build();
}
