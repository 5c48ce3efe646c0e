package dev.hostledger.account.api;

import java.time.Instant;

public record ServiceCancellationScheduled(String serviceId, String accountId, Instant endsAt, String reason,
                                           Instant scheduledAt) {
}
