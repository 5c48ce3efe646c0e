package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.invoice-paid.v1}: nothing is open on the invoice any more. */
public record InvoicePaid(String invoiceId, String accountId, Instant occurredAt) implements IntegrationEvent {
}
