package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.account.service-cancellation-scheduled.v1}: the service ends at the end of its current term; no
 * renewal invoice is issued any more.
 */
public record ServiceCancellationScheduled(String serviceId, String accountId, Instant endsAt, String reason,
                                           Instant occurredAt) implements IntegrationEvent {
}
