package dev.hostledger.account.api;

import java.time.Instant;
import java.util.Set;

/** One reason to keep the service down is gone; {@code remaining} others still keep it down. */
public record SuspensionLifted(String serviceId, String accountId, String reasonKey, String reason,
                               Set<String> remaining, Instant liftedAt) {
}
