package dev.hostledger.notification.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.notification.api.NotificationIds;
import dev.hostledger.notification.api.RequestNotification;
import dev.hostledger.notification.api.SuppressNotification;
import dev.hostledger.notification.delivery.DeliveryQueue;
import dev.hostledger.notification.query.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Turns a received fact into at most one notification per (source event id, template, account id). Runs in the
 * consumer's transaction: the request row, the aggregate's first event and the queue entry commit with the inbox
 * entry, or none of them do.
 */
@Component
public class NotificationRequests {

    private static final Actor ACTOR = Actor.system("notification-service");

    private final JdbcTemplate jdbc;
    private final ActingCommandGateway commands;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public NotificationRequests(JdbcTemplate jdbc, ActingCommandGateway commands, DeliveryQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.queue = queue;
        this.clock = clock;
    }

    /** @return false when this (event, template, account) was asked for before: nothing is done again */
    @Transactional
    public boolean request(ReceivedEvent source, String template, Recipient recipient, Map<String, String> model) {
        String notificationId = NotificationIds.of(source.id(), template, recipient.accountId());
        Instant now = clock.instant();
        // The inbox already drops a redelivered CloudEvent id; this row also holds when the same fact reaches us
        // through another consumer or after the inbox was cleared.
        int inserted = jdbc.update("""
                        INSERT INTO notification_request (notification_id, source_event_id, template, account_id,
                                                          recipient_email, recipient_name, time_zone, model,
                                                          requested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (notification_id) DO NOTHING""",
                notificationId, source.id(), template, recipient.accountId(), recipient.email(), recipient.name(),
                recipient.timeZone(), toJson(model), Timestamp.from(now));
        if (inserted == 0) {
            return false;
        }
        commands.sendAndWait(new RequestNotification(notificationId, source.id(), template, recipient.accountId(),
                recipient.email(), recipient.name(), recipient.timeZone(), model), ACTOR, "tell the customer");
        RepublishedMarker.of(source).ifPresentOrElse(
                reason -> commands.sendAndWait(new SuppressNotification(notificationId, reason), ACTOR, reason),
                () -> queue.enqueue(notificationId, template, now));
        return true;
    }

    private String toJson(Map<String, String> model) {
        try {
            return json.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model cannot be written as JSON", e);
        }
    }
}
