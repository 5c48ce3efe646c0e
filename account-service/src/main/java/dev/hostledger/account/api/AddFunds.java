package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddFunds(@TargetAggregateIdentifier String accountId, String fundsId, Money amount, String reason) {
}
