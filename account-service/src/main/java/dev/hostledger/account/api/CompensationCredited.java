package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record CompensationCredited(String accountId, String compensationId, Money amount, String reason,
                                   String incidentId, Money balanceAfter, Instant creditedAt) {
}
