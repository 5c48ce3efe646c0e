package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the period now: early by an operator, or on time by billing itself. */
public record EndGracePeriod(@TargetAggregateIdentifier String gracePeriodId, String reason) {
}
