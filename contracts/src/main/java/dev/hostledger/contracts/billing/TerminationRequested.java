package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.termination-requested.v1}: billing decided to terminate exactly these services. */
public record TerminationRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                   Instant occurredAt) implements IntegrationEvent {
}
