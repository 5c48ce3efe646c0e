package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelGracePeriod(@TargetAggregateIdentifier String gracePeriodId, String reason) {
}
