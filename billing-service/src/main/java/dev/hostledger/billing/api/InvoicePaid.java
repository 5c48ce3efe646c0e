package dev.hostledger.billing.api;

import java.time.Instant;

public record InvoicePaid(String invoiceId, String accountId, Instant paidAt) {
}
