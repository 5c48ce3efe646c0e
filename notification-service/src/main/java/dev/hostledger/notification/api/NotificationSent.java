package dev.hostledger.notification.api;

import java.time.Instant;

public record NotificationSent(String notificationId, String accountId, String template, String recipientEmail,
                               String subject, Instant sentAt) {
}
