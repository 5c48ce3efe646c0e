package dev.hostledger.account.api;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.account.ServiceSpec;
import dev.hostledger.contracts.account.Term;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OrderService(@TargetAggregateIdentifier String serviceId, String accountId, ServiceKind kind,
                           String plan, ServiceSpec spec, Money price, Term term) {
}
