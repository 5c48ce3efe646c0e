package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record InvoiceReminderDue(String invoiceId, String accountId, Instant dueAt, Money open, Instant remindedAt) {
}
