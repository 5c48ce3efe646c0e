package dev.hostledger.billing.api;

import java.time.Instant;
import java.util.List;

/** billing decided: suspend exactly the services this invoice pays for, for non-payment. */
public record SuspensionRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                  Instant requestedAt) {
}
