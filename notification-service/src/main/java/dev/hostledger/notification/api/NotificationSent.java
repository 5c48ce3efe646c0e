package dev.hostledger.notification.api;

import java.time.Instant;

/** The SMTP server accepted the message. {@code sourceEventId} is last: events stored before it was added lack it. */
public record NotificationSent(String notificationId, String accountId, String template, String recipientEmail,
                               String subject, Instant sentAt, String sourceEventId) {
}
