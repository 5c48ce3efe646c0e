package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.account.overpayment-credited.v1}: the part of a payment above an invoice's open amount. */
public record OverpaymentCredited(String accountId, String paymentId, String invoiceId, Money amount,
                                  Money balanceAfter, Instant occurredAt) implements IntegrationEvent {
}
