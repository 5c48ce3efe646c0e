package dev.hostledger.billing.api;

import java.time.Instant;

/** @param early true when an operator ended it before its planned end */
public record GracePeriodEnded(String gracePeriodId, Instant endedAt, boolean early, String reason) {
}
