package dev.hostledger.account.api;

import java.time.Instant;

public record RenewalDateAdvanced(String serviceId, String accountId, String invoiceId, Instant previousRenewalAt,
                                  Instant renewalAt, Instant advancedAt) {
}
