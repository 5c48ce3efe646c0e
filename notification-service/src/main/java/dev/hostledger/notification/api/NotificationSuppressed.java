package dev.hostledger.notification.api;

import java.time.Instant;

/** Deliberately not sent: its fact no longer held, or its source record was an operator's re-publication. */
public record NotificationSuppressed(String notificationId, String accountId, String template, String sourceEventId,
                                     String reason, Instant suppressedAt) {
}
