package dev.hostledger.contracts.notification;

import dev.hostledger.contracts.EventType;
import dev.hostledger.contracts.IntegrationEvent;
import dev.hostledger.contracts.Topics;

import java.util.List;

/**
 * What notification-service publishes on {@link Topics#NOTIFICATION_EVENTS}: the outcome of each customer message,
 * so billing's incident report can tell who was told what, and who was not.
 */
public final class NotificationEvents {

    public static final EventType<NotificationSent> NOTIFICATION_SENT =
            type("notification-sent", NotificationSent.class);
    public static final EventType<NotificationFailed> NOTIFICATION_FAILED =
            type("notification-failed", NotificationFailed.class);
    public static final EventType<NotificationSuppressed> NOTIFICATION_SUPPRESSED =
            type("notification-suppressed", NotificationSuppressed.class);
    public static final EventType<NotificationInDoubt> NOTIFICATION_IN_DOUBT =
            type("notification-in-doubt", NotificationInDoubt.class);

    public static final List<EventType<?>> TYPES =
            List.of(NOTIFICATION_SENT, NOTIFICATION_FAILED, NOTIFICATION_SUPPRESSED, NOTIFICATION_IN_DOUBT);

    private NotificationEvents() {
    }

    private static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> data) {
        return new EventType<>("hostledger.notification." + name + ".v1", Topics.NOTIFICATION_EVENTS, data);
    }
}
