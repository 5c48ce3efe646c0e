package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** @param startedAt when the outage began, usually before anyone opened the incident */
public record OpenIncident(@TargetAggregateIdentifier String incidentId, String title, String description,
                           Instant startedAt) {
}
