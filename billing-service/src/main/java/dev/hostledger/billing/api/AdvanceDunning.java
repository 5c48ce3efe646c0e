package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the invoice's next dunning step, if it is this one and its time has come (else nothing happens). */
public record AdvanceDunning(@TargetAggregateIdentifier String invoiceId, DunningStep step) {
}
