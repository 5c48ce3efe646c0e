package dev.hostledger.notification.query;

import java.time.Instant;

/**
 * One message as the customer's log shows it. {@code reason} says why it failed, was suppressed, is in doubt or is
 * waiting for another attempt.
 */
public record NotificationLogEntry(String notificationId, String accountId, String template, String sourceEventId,
                                   String recipientEmail, String status, String subject, String reason,
                                   int attempts, Instant requestedAt, Instant lastAttemptAt, Instant nextAttemptAt,
                                   Instant sentAt, Instant updatedAt) {
}
