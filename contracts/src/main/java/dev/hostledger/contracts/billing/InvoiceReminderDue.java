package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.billing.invoice-reminder-due.v1}: remind the customer of an invoice due soon. */
/** @param suspensionPausedUntil set while a grace period protects the services; null otherwise */
public record InvoiceReminderDue(String invoiceId, String accountId, Instant dueAt, Money open,
                                 Instant suspensionPausedUntil, Instant occurredAt)
        implements IntegrationEvent {
}
