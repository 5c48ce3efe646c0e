package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordNotificationFailed(@TargetAggregateIdentifier String notificationId, String reason) {
}
