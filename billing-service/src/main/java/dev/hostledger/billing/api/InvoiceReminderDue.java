package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

/** @param suspensionPausedUntil set while a grace period protects the services: the reminder says so */
public record InvoiceReminderDue(String invoiceId, String accountId, Instant dueAt, Money open,
                                 Instant suspensionPausedUntil, Instant remindedAt) {
}
