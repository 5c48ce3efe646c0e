package dev.hostledger.billing.api;

import java.time.Instant;

public record IncidentOpened(String incidentId, String title, String description, Instant startedAt,
                             Instant openedAt) {
}
