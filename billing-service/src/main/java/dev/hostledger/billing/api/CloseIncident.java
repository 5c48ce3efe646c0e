package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param endedAt when the outage ended; now when absent */
public record CloseIncident(@TargetAggregateIdentifier String incidentId, Instant endedAt, String reason) {
}
