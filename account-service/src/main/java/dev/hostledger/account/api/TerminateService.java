package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record TerminateService(@TargetAggregateIdentifier String serviceId, String reason) {
}
