package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelAtEndOfTerm(@TargetAggregateIdentifier String serviceId, String reason) {
}
