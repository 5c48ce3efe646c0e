package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Operators only; the reason is required by the actor rules and repeated in the event. */
public record ResendNotification(@TargetAggregateIdentifier String notificationId, String reason) {
}
