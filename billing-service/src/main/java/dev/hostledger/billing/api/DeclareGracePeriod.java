package dev.hostledger.billing.api;

import dev.hostledger.contracts.billing.GraceScope;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param startsAt may lie in the past: the outage began before anyone declared anything */
public record DeclareGracePeriod(@TargetAggregateIdentifier String gracePeriodId, Instant startsAt, Instant endsAt,
                                 GraceScope scope, String reason, String incidentId) {
}
