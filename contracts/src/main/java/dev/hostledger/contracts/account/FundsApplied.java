package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/**
 * {@code hostledger.account.funds-applied.v1}: funds taken from the balance to pay an invoice; billing records
 * it as a payment whose id is {@code funds:<applicationId>}.
 */
public record FundsApplied(String accountId, String applicationId, String invoiceId, Money amount,
                           Money balanceAfter, Instant occurredAt) implements IntegrationEvent {
}
