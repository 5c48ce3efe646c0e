package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreditOverpayment(@TargetAggregateIdentifier String accountId, String paymentId, String invoiceId,
                                Money amount) {
}
