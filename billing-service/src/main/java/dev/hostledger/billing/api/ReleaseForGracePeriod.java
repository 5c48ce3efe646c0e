package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** Bring back the services this invoice had suspended that a grace period now protects. */
public record ReleaseForGracePeriod(@TargetAggregateIdentifier String invoiceId,
                                    Map<String, GraceProtection> protections) {
}
