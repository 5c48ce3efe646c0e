package dev.hostledger.billing.api;

import java.time.Instant;

public record GracePeriodCancelled(String gracePeriodId, String reason, Instant cancelledAt) {
}
