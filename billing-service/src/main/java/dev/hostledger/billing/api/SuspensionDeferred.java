package dev.hostledger.billing.api;

import java.time.Instant;
import java.util.List;

/**
 * A suspension the dunning schedule would have made (or had made) is held back for these services while a grace
 * period protects them: an audit of every action not taken.
 */
public record SuspensionDeferred(String invoiceId, String accountId, List<String> serviceIds, String gracePeriodId,
                                 Instant until, Instant deferredAt) {
}
