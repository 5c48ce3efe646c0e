package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.service-spec-changed.v1}: what the service is changed, with the reason. */
public record ServiceSpecChanged(String serviceId, String accountId, ServiceSpec previousSpec, ServiceSpec spec,
                                 String reason, Instant occurredAt) implements IntegrationEvent {
}
