package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;

import java.time.Instant;

public record ServiceOrdered(String serviceId, String accountId, ServiceKind kind, String plan, ServiceSpec spec,
                             Money price, Term term, Instant orderedAt) {
}
