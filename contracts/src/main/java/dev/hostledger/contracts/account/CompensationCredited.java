package dev.hostledger.contracts.account;

import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Money;

import java.time.Instant;

/** {@code hostledger.account.compensation-credited.v1}: credit granted by an operator, optionally for an incident. */
public record CompensationCredited(String accountId, String compensationId, Money amount, String reason,
                                   String incidentId, Money balanceAfter, Instant occurredAt)
        implements IntegrationEvent {
}
