package dev.hostledger.notification.api;

import java.time.Instant;

/**
 * An attempt is about to hand the message to the SMTP server. Committed on its own before the handoff: if no
 * outcome follows, the attempt is in doubt (at-most-once), never silently repeated.
 */
public record NotificationDeliveryStarted(String notificationId, int attempt, Instant startedAt) {
}
