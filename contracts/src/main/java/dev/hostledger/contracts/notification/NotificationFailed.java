package dev.hostledger.contracts.notification;

import dev.hostledger.contracts.IntegrationEvent;

import java.time.Instant;

/**
 * {@code hostledger.notification.notification-failed.v1}: the message was given up (a permanent refusal, or every
 * attempt failed); the customer was not told. An operator may still re-send it.
 */
public record NotificationFailed(String notificationId, String accountId, String sourceEventId, String template,
                                 String reason, Instant occurredAt) implements IntegrationEvent {
}
