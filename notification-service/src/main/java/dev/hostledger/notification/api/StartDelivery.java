package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record StartDelivery(@TargetAggregateIdentifier String notificationId) {
}
