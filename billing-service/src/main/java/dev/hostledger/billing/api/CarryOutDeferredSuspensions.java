package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** After the grace period: suspend the deferred services no other window still protects, if still unpaid. */
public record CarryOutDeferredSuspensions(@TargetAggregateIdentifier String invoiceId,
                                          Map<String, GraceProtection> stillProtected) {
}
