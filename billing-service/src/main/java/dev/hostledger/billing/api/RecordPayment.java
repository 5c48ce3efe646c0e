package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record money received for an invoice, once per payment id across the whole service. */
public record RecordPayment(@TargetAggregateIdentifier String paymentId, String invoiceId, String accountId,
                            Money amount, Instant receivedAt, PaymentSource source) {
}
