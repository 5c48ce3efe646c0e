package dev.hostledger.account.api;

import java.time.Instant;

public record AccountOpened(String accountId, String name, String email, String timeZone, String currency,
                            Instant openedAt) {
}
