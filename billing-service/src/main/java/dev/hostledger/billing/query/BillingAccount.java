package dev.hostledger.billing.query;

import java.time.Instant;

/** What billing knows of a customer account: enough to invoice it in its currency. */
public record BillingAccount(String accountId, String currency, String timeZone, Instant openedAt) {
}
