package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.billing.grace-period-extended.v1}; {@code accountId} is {@code "*"} (provider-wide). */
public record GracePeriodExtended(String accountId, String gracePeriodId, Instant previousEndsAt, Instant endsAt,
                                  String reason, Instant occurredAt) implements IntegrationEvent {
}
