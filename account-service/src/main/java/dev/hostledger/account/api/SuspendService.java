package dev.hostledger.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * @param reasonKey what the suspension is for: {@code NON_PAYMENT:<invoice id>} (billing) or {@code OPERATOR:<id>};
 *                  only a lift with the same key ends it
 */
public record SuspendService(@TargetAggregateIdentifier String serviceId, String reasonKey, String reason) {
}
