package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;

public record FundsApplied(String accountId, String applicationId, String invoiceId, Money amount,
                           Money balanceAfter, Instant appliedAt) {
}
