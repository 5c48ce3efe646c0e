package dev.hostledger.notification.query;

import java.time.Instant;

public record NotificationLogEntry(String notificationId, String accountId, String template, String sourceEventId,
                                   String recipientEmail, String status, String subject, String failureReason,
                                   Instant requestedAt, Instant sentAt) {
}
