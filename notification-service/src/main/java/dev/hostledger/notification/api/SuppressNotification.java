package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuppressNotification(@TargetAggregateIdentifier String notificationId, String reason) {
}
