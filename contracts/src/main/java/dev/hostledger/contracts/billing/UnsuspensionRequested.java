package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.unsuspension-requested.v1}: lift the suspension this invoice caused. */
public record UnsuspensionRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                    Instant occurredAt) implements IntegrationEvent {
}
