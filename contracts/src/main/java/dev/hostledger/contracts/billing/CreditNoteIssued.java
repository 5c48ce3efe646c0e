package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.billing.credit-note-issued.v1}: an invoice cancelled by crediting its open amount. */
public record CreditNoteIssued(String creditNoteNumber, String invoiceId, String accountId, Money amount,
                               String reason, Instant occurredAt) implements IntegrationEvent {
}
