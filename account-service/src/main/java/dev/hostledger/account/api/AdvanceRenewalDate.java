package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A renewal invoice for the period starting at {@code periodStart} was paid. */
public record AdvanceRenewalDate(@TargetAggregateIdentifier String serviceId, String invoiceId, Instant periodStart) {
}
