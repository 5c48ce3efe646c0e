package dev.hostledger.billing.api;

import java.util.Optional;

/**
 * The dunning schedule of an unpaid invoice, in the only order its steps can happen. Suspension and termination only
 * concern invoices that pay for services.
 */
public enum DunningStep {
    REMINDER,
    OVERDUE,
    SUSPENSION_WARNING,
    SUSPENSION,
    TERMINATION;

    /** The step after this one, for an invoice with or without services. */
    public Optional<DunningStep> next(boolean paysForServices) {
        if (this == OVERDUE && !paysForServices || this == TERMINATION) {
            return Optional.empty();
        }
        return Optional.of(values()[ordinal() + 1]);
    }
}
