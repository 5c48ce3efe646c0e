package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;

/** An incident remedy: move the renewal date later, once per incident. Answers whether it changed anything. */
public record ExtendRenewalDate(@TargetAggregateIdentifier String serviceId, String incidentId, Duration extension,
                                String reason) {
}
