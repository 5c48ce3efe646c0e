package dev.hostledger.billing.api;

import java.time.Instant;

/** One affected account is to be told that the protection ends at {@code endsAt} (the end it announces). */
public record GraceEndingNoticeDue(String gracePeriodId, String accountId, Instant endsAt, Instant noticedAt) {
}
