package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.service-unsuspended.v1}: the last reason to keep the service down is gone. */
public record ServiceUnsuspended(String serviceId, String accountId, String reasonKey, String reason,
                                 Instant occurredAt) implements IntegrationEvent {
}
