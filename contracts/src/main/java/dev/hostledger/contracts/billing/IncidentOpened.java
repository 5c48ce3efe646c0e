package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.incident-opened.v1}; provider-wide ({@code accountId} "*"). */
public record IncidentOpened(String accountId, String incidentId, String title, String description,
                             Instant startedAt, Instant occurredAt) implements IntegrationEvent {
}
