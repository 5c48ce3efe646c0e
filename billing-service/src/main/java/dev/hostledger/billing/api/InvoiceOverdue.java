package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record InvoiceOverdue(String invoiceId, String accountId, Instant dueAt, Money open, Instant overdueAt) {
}
