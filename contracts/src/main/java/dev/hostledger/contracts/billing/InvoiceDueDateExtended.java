package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.invoice-due-date-extended.v1}: the customer has longer to pay. */
public record InvoiceDueDateExtended(String invoiceId, String accountId, Instant previousDueAt, Instant dueAt,
                                     String reason, Instant occurredAt) implements IntegrationEvent {
}
