package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param incidentId the incident it compensates for, or null */
public record CreditCompensation(@TargetAggregateIdentifier String accountId, String compensationId, Money amount,
                                 String reason, String incidentId) {
}
