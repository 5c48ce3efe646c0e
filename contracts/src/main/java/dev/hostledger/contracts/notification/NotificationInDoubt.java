package dev.hostledger.contracts.notification;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.notification.notification-in-doubt.v1}: the message was being handed to the SMTP server when
 * the outcome was lost (a crash, a broken connection); the customer may or may not have it. Never re-sent
 * automatically: an operator decides.
 */
public record NotificationInDoubt(String notificationId, String accountId, String sourceEventId, String template,
                                  String reason, Instant occurredAt) implements IntegrationEvent {
}
