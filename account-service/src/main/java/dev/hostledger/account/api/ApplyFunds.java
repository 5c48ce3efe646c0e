package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApplyFunds(@TargetAggregateIdentifier String accountId, String applicationId, String invoiceId,
                         Money amount) {
}
