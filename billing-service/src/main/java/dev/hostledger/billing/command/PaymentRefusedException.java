package dev.hostledger.billing.command;

/** A payment that cannot be taken (unknown invoice, wrong currency, ...); the message says why. */
public class PaymentRefusedException extends IllegalArgumentException {

    public PaymentRefusedException(String reason) {
        super(reason);
    }
}
