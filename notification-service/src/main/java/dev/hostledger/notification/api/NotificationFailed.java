package dev.hostledger.notification.api;

import java.time.Instant;

/** Given up: a permanent refusal, or the last allowed attempt failed. Only an operator's re-send revives it. */
public record NotificationFailed(String notificationId, String accountId, String template, String reason,
                                 Instant failedAt, String sourceEventId) {
}
