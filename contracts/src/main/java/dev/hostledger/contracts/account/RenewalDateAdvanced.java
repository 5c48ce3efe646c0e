package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.renewal-date-advanced.v1}: a renewal invoice was paid; the service runs one more term. */
public record RenewalDateAdvanced(String serviceId, String accountId, String invoiceId, Instant previousRenewalAt,
                                  Instant renewalAt, Instant occurredAt) implements IntegrationEvent {
}
