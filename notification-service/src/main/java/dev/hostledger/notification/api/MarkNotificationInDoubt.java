package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record MarkNotificationInDoubt(@TargetAggregateIdentifier String notificationId, String reason) {
}
