package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.incident-closed.v1}; provider-wide ({@code accountId} "*"). */
public record IncidentClosed(String accountId, String incidentId, Instant endedAt, String reason, Instant occurredAt)
        implements IntegrationEvent {
}
