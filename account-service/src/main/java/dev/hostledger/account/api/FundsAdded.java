package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record FundsAdded(String accountId, String fundsId, Money amount, Money balanceAfter, String reason,
                         Instant addedAt) {
}
