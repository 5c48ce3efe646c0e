package dev.hostledger.account.api;

import java.time.Duration;
import java.time.Instant;

public record RenewalDateExtended(String serviceId, String accountId, String incidentId, Duration extension,
                                  Instant previousRenewalAt, Instant renewalAt, String reason, Instant extendedAt) {
}
