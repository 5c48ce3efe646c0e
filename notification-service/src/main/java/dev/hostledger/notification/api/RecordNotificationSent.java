package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNotificationSent(@TargetAggregateIdentifier String notificationId, String subject) {
}
