package dev.hostledger.contracts.notification;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.notification.notification-sent.v1}: the SMTP server accepted the message about
 * {@code sourceEventId} for the account.
 */
public record NotificationSent(String notificationId, String accountId, String sourceEventId, String template,
                               Instant occurredAt) implements IntegrationEvent {
}
