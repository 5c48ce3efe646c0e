package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * End the period: early by an operator, or at its planned end by billing itself.
 *
 * @param onlyIfPlannedEndPassed billing's own end: does nothing if the period was extended meanwhile (billing reads
 *                               the end from a read model that may not show the extension yet)
 */
public record EndGracePeriod(@TargetAggregateIdentifier String gracePeriodId, String reason,
                             boolean onlyIfPlannedEndPassed) {
}
