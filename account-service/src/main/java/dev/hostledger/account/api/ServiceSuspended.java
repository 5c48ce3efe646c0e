package dev.hostledger.account.api;

import java.time.Instant;

public record ServiceSuspended(String serviceId, String accountId, String reasonKey, String reason,
                               Instant suspendedAt) {
}
