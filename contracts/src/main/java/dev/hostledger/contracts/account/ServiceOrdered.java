package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/**
 * {@code hostledger.account.service-ordered.v1}: a dedicated or virtual server ordered; billing issues its first
 * invoice. {@code term} is MONTHLY, QUARTERLY or ANNUAL; {@code kind} DEDICATED or VIRTUAL.
 */
public record ServiceOrdered(String serviceId, String accountId, String kind, String plan, ServiceSpec spec,
                             Money price, String term, Instant occurredAt) implements IntegrationEvent {
}
