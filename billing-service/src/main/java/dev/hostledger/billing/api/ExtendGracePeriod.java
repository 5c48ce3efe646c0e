package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ExtendGracePeriod(@TargetAggregateIdentifier String gracePeriodId, Instant endsAt, String reason) {
}
