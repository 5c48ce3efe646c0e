package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

public record ExtendDueDate(@TargetAggregateIdentifier String invoiceId, Instant dueAt, String reason) {
}
