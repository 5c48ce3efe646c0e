package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.suspension-deferred.v1}: a suspension held back by a grace period until {@code until}. */
public record SuspensionDeferred(String invoiceId, String accountId, List<String> serviceIds, String gracePeriodId,
                                 Instant until, Instant occurredAt) implements IntegrationEvent {
}
