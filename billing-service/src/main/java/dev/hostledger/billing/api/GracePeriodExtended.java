package dev.hostledger.billing.api;

import java.time.Instant;

public record GracePeriodExtended(String gracePeriodId, Instant previousEndsAt, Instant endsAt, String reason,
                                  Instant extendedAt) {
}
