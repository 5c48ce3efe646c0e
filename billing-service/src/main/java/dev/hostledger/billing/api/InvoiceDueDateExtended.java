package dev.hostledger.billing.api;

import java.time.Instant;

public record InvoiceDueDateExtended(String invoiceId, String accountId, Instant previousDueAt, Instant dueAt,
                                     String reason, Instant extendedAt) {
}
