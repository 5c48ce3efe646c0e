package dev.hostledger.notification.delivery;

import java.util.Map;

/** A queued message with everything it is rendered from; {@code attempts} counts the attempts made so far. */
public record PendingDelivery(String notificationId, String sourceEventId, String template, String accountId,
                              String recipientEmail, String recipientName, String timeZone, Map<String, String> model,
                              int attempts) {
}
