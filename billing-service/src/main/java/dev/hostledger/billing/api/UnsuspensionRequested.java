package dev.hostledger.billing.api;

import java.time.Instant;
import java.util.List;

/** The invoice a suspension was for is settled: lift that suspension (not any other reason's). */
public record UnsuspensionRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                    Instant requestedAt) {
}
