package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record RecordDelivery(@TargetAggregateIdentifier String serviceId, String accountId, Instant deliveredAt) {
}
