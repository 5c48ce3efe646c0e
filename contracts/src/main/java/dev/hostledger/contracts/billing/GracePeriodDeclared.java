package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.billing.grace-period-declared.v1}: no service in scope is suspended for non-payment between
 * {@code startsAt} (possibly in the past) and {@code endsAt}. Published once per account it concerns is not
 * possible for a provider-wide window, so {@code accountId} is the literal {@code "*"} for such events.
 */
public record GracePeriodDeclared(String accountId, String gracePeriodId, Instant startsAt, Instant endsAt,
                                  GraceScope scope, String reason, String incidentId, Instant occurredAt)
        implements IntegrationEvent {
}
