package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.service-awaiting-provisioning.v1}: its first invoice is paid; provisioning may deliver. */
public record ServiceAwaitingProvisioning(String serviceId, String accountId, String invoiceId, Instant occurredAt)
        implements IntegrationEvent {
}
