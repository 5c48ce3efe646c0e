package dev.hostledger.billing.api;

import java.time.Instant;

public record IncidentClosed(String incidentId, Instant endedAt, String reason, Instant closedAt) {
}
