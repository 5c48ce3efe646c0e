package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Ask for one message to one account about one source event. The notification id is derived from (source event id,
 * template, account id), so asking twice for the same thing is refused by the event store itself.
 */
public record RequestNotification(@TargetAggregateIdentifier String notificationId, String sourceEventId,
                                  String template, String accountId, String recipientEmail, String recipientName,
                                  String timeZone, Map<String, String> model) {
}
