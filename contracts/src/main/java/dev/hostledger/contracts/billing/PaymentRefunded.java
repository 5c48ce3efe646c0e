package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.billing.payment-refunded.v1}: money paid on an invoice given back to the customer. */
public record PaymentRefunded(String refundId, String invoiceId, String accountId, Money amount, String reason,
                              Instant occurredAt) implements IntegrationEvent {
}
