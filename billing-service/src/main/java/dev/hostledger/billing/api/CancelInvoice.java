package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an invoice by crediting its open amount, under a credit note number allocated in the same transaction. */
public record CancelInvoice(@TargetAggregateIdentifier String invoiceId, String creditNoteNumber, String reason) {
}
