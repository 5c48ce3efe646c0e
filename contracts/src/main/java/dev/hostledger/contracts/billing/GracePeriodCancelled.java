package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.grace-period-cancelled.v1}; {@code accountId} is {@code "*"} (provider-wide). */
public record GracePeriodCancelled(String accountId, String gracePeriodId, String reason, Instant occurredAt)
        implements IntegrationEvent {
}
