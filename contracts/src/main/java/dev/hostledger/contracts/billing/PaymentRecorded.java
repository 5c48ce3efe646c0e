package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/**
 * {@code hostledger.billing.payment-recorded.v1}: a payment applied to an invoice; {@code overpaid} (what exceeded
 * the open amount) becomes account funds.
 */
public record PaymentRecorded(String invoiceId, String accountId, String paymentId, Money amount, Money applied,
                              Money overpaid, Money openAfter, String source, Instant occurredAt)
        implements IntegrationEvent {
}
