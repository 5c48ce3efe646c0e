package dev.hostledger.account.api;

import java.time.Instant;

public record ServiceTerminated(String serviceId, String accountId, String reason, Instant terminatedAt) {
}
