package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkFirstInvoicePaid(@TargetAggregateIdentifier String serviceId, String invoiceId) {
}
