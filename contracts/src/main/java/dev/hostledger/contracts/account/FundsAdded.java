package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.account.funds-added.v1}: a top-up of the account's funds (credit) balance. */
public record FundsAdded(String accountId, String fundsId, Money amount, Money balanceAfter, String reason,
                         Instant occurredAt) implements IntegrationEvent {
}
