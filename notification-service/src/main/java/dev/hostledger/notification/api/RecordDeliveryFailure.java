package dev.hostledger.notification.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The attempt in progress did not deliver the message. A permanent failure, or a transient one on the last of
 * {@code maxAttempts}, gives up; otherwise the next attempt is at {@code nextAttemptAt}.
 */
public record RecordDeliveryFailure(@TargetAggregateIdentifier String notificationId, String reason,
                                    boolean permanent, Instant nextAttemptAt, int maxAttempts) {
}
