package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.service-terminated.v1}: the service is gone for good. */
public record ServiceTerminated(String serviceId, String accountId, String reason, Instant occurredAt)
        implements IntegrationEvent {
}
