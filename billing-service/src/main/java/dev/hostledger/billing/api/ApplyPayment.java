package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApplyPayment(@TargetAggregateIdentifier String invoiceId, String paymentId, Money amount,
                           PaymentSource source) {
}
