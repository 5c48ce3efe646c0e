package dev.hostledger.billing.api;

import java.time.Instant;

/** A service is protected by this grace period until this instant. */
public record GraceProtection(String gracePeriodId, Instant until) {
}
