package dev.hostledger.contracts.payments;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/**
 * {@code hostledger.payments.payment-received.v1}, published by the payment gateway on
 * {@code hostledger.payments.inbound}: money received for an invoice. The payment id is the gateway's own and is
 * applied once, however often it is published.
 */
public record PaymentReceived(String paymentId, String accountId, String invoiceId, Money amount, Instant receivedAt)
        implements IntegrationEvent {

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
