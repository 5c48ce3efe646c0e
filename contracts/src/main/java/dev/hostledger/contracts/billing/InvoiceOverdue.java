package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.billing.invoice-overdue.v1}: the due date passed with money still open. */
/** @param suspensionPausedUntil set while a grace period protects the services; null otherwise */
public record InvoiceOverdue(String invoiceId, String accountId, Instant dueAt, Money open,
                             Instant suspensionPausedUntil, Instant occurredAt)
        implements IntegrationEvent {
}
