package dev.hostledger.notification.api;

import java.time.Instant;

/** An attempt's outcome was lost; the customer may or may not have the message. Never re-sent automatically. */
public record NotificationInDoubt(String notificationId, String accountId, String template, String sourceEventId,
                                  int attempt, String reason, Instant markedAt) {
}
