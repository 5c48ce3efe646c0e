package dev.hostledger.account.query;

import java.time.Instant;

public record AccountSummary(String accountId, String name, String email, String timeZone, String currency,
                             Instant openedAt) {
}
