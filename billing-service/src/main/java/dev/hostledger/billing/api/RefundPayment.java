package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RefundPayment(@TargetAggregateIdentifier String invoiceId, String refundId, Money amount,
                            String reason) {
}
