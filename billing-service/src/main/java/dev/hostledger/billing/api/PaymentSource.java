package dev.hostledger.billing.api;

/** Where the money of a payment came from. */
public enum PaymentSource {
    /** the payment gateway, over hostledger.payments.inbound */
    GATEWAY,
    /** the account's own funds balance (FundsApplied) */
    FUNDS,
    /** recorded by an operator, e.g. a bank transfer matched by hand */
    OPERATOR
}
