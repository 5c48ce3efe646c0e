package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.account.service-suspended.v1}: the service is down. {@code reasonKey} is {@code NON_PAYMENT:<invoice
 * id>} for billing's suspensions or {@code OPERATOR:<id>} for an operator's (abuse...); only the same key lifts it.
 */
public record ServiceSuspended(String serviceId, String accountId, String reasonKey, String reason, Instant occurredAt)
        implements IntegrationEvent {
}
