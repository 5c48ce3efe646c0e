package dev.hostledger.notification.api;

import java.time.Instant;

/** The SMTP server was unreachable or answered 4xx; nothing was delivered, so another attempt is safe. */
public record NotificationDeliveryDeferred(String notificationId, int attempt, String reason, Instant nextAttemptAt,
                                           Instant deferredAt) {
}
