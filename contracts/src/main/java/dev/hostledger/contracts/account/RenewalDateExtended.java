package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code hostledger.account.renewal-date-extended.v1}: an incident remedy; the service's renewal date moves later by
 * {@code extension}, on top of the date counted from its delivery.
 */
public record RenewalDateExtended(String serviceId, String accountId, String incidentId, Duration extension,
                                  Instant previousRenewalAt, Instant renewalAt, String reason, Instant occurredAt)
        implements IntegrationEvent {
}
