package dev.hostledger.notification.api;

import java.time.Instant;
import java.util.Map;

public record NotificationRequested(String notificationId, String sourceEventId, String template, String accountId,
                                    String recipientEmail, String recipientName, String timeZone,
                                    Map<String, String> model, Instant requestedAt) {
}
