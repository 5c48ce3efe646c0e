package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

/** The first and only record of a payment id; applied to its invoice right after. */
public record PaymentReceived(String paymentId, String invoiceId, String accountId, Money amount,
                              Instant receivedAt, PaymentSource source) {
}
