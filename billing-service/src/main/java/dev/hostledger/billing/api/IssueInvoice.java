package dev.hostledger.billing.api;

import dev.hostledger.contracts.billing.InvoiceLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Issue an invoice under a number already allocated in the same transaction (see InvoiceIssuing). */
public record IssueInvoice(@TargetAggregateIdentifier String invoiceId, String invoiceNumber, String accountId,
                           String currency, List<InvoiceLine> lines, Instant dueAt) {
}
