package dev.hostledger.contracts.provisioning;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.provisioning.service-delivered.v1}, published by the provisioning system on
 * {@code hostledger.provisioning.inbound}: the server is handed over to the customer at {@code deliveredAt}.
 */
public record ServiceDeliveryReported(String serviceId, String accountId, Instant deliveredAt)
        implements IntegrationEvent {

    @Override
    public Instant occurredAt() {
        return deliveredAt;
    }
}
