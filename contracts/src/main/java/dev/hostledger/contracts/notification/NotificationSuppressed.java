package dev.hostledger.contracts.notification;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.notification.notification-suppressed.v1}: the message was deliberately not sent, because its
 * fact no longer held when it was about to go out, or its source record was an operator's re-publication.
 */
public record NotificationSuppressed(String notificationId, String accountId, String sourceEventId, String template,
                                     String reason, Instant occurredAt) implements IntegrationEvent {
}
