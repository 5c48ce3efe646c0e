package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/** {@code hostledger.account.account-opened.v1}: a customer account exists from now on. */
public record AccountOpened(String accountId, String name, String email, String timeZone, String currency,
                            Instant occurredAt) implements IntegrationEvent {
}
