package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.grace-period-ended.v1}; {@code accountId} is {@code "*"} (provider-wide). */
public record GracePeriodEnded(String accountId, String gracePeriodId, Instant endedAt, boolean early, String reason,
                               Instant occurredAt) implements IntegrationEvent {
}
