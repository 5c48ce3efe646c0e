package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.invoice-issued.v1}: a legal document with a gap-free number in its series. */
public record InvoiceIssued(String invoiceId, String invoiceNumber, String accountId, List<InvoiceLine> lines,
                            Money total, Instant dueAt, Instant occurredAt) implements IntegrationEvent {
}
