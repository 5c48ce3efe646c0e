package dev.hostledger.billing.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Take the invoice's next dunning step, if it is this one and its time has come (else nothing happens).
 *
 * @param protections the invoice's services a grace period protects right now: they are not suspended (the
 *                    suspension is deferred), and reminders say until when suspension is paused
 */
public record AdvanceDunning(@TargetAggregateIdentifier String invoiceId, DunningStep step,
                             Map<String, GraceProtection> protections) {

    public AdvanceDunning {
        protections = protections == null ? Map.of() : Map.copyOf(protections);
    }
}
