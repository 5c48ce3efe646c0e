package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.suspension-requested.v1}: billing decided to suspend exactly these services. */
public record SuspensionRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                  Instant occurredAt) implements IntegrationEvent {
}
