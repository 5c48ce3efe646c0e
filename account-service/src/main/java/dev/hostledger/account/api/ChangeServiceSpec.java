package dev.hostledger.account.api;

import dev.hostledger.contracts.account.ServiceSpec;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ChangeServiceSpec(@TargetAggregateIdentifier String serviceId, ServiceSpec spec, String reason) {
}
