package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.service-delivered.v1}: the renewal date counts from the delivery, not the order. */
public record ServiceDelivered(String serviceId, String accountId, Instant deliveredAt, Instant renewalAt,
                               Instant occurredAt) implements IntegrationEvent {
}
