package dev.hostledger.account.api;

import java.time.Instant;

/** The last reason to keep the service down is gone: it runs again. */
public record ServiceUnsuspended(String serviceId, String accountId, String reasonKey, String reason,
                                 Instant unsuspendedAt) {
}
