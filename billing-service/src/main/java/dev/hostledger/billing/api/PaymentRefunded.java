package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record PaymentRefunded(String invoiceId, String refundId, String accountId, Money amount, String reason,
                              Instant refundedAt) {
}
