package dev.hostledger.notification.api;

import java.time.Instant;

/** An operator asked to send a failed or in-doubt message again (who and why are in the event's metadata). */
public record NotificationResendRequested(String notificationId, String accountId, String template, String reason,
                                          Instant requestedAt) {
}
