package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record OverpaymentCredited(String accountId, String paymentId, String invoiceId, Money amount,
                                  Money balanceAfter, Instant creditedAt) {
}
