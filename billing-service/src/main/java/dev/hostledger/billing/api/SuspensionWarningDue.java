package dev.hostledger.billing.api;

import dev.hostledger.contracts.Money;

import java.time.Instant;
import java.util.List;

public record SuspensionWarningDue(String invoiceId, String accountId, List<String> serviceIds, Instant suspensionAt,
                                   Money open, Instant suspensionPausedUntil, Instant warnedAt) {
}
