package dev.hostledger.billing.api;

import java.time.Instant;
import java.util.List;

public record TerminationRequested(String invoiceId, String accountId, List<String> serviceIds, String reason,
                                   Instant requestedAt) {
}
