package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

/** A payment applied to an invoice: {@code applied} reduced the open amount, {@code overpaid} becomes funds. */
public record PaymentRecorded(String invoiceId, String accountId, String paymentId, Money amount, Money applied,
                              Money overpaid, Money openAfter, PaymentSource source, Instant recordedAt) {
}
