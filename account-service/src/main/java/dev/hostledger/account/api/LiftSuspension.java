package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LiftSuspension(@TargetAggregateIdentifier String serviceId, String reasonKey, String reason) {
}
