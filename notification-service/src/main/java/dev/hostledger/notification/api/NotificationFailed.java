package dev.hostledger.notification.api;

import java.time.Instant;

public record NotificationFailed(String notificationId, String accountId, String template, String reason,
                                 Instant failedAt) {
}
