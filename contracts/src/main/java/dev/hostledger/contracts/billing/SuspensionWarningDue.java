package dev.hostledger.contracts.billing;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;
import java.util.List;

/** {@code hostledger.billing.suspension-warning-due.v1}: the services will be suspended at {@code suspensionAt}. */
public record SuspensionWarningDue(String invoiceId, String accountId, List<String> serviceIds, Instant suspensionAt,
                                   Money open, Instant suspensionPausedUntil, Instant occurredAt)
        implements IntegrationEvent {
}
