package dev.hostledger.notification.delivery;

import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import dev.hostledger.notification.api.ResendNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * An operator's decision to send a failed or in-doubt message again. The aggregate refuses anything else (a sent
 * message is never re-sent); the queue entry commits with the decision.
 */
@Component
public class Resends {

    private final JdbcTemplate jdbc;
    private final ActingCommandGateway commands;
    private final DeliveryQueue queue;
    private final Clock clock;

    public Resends(JdbcTemplate jdbc, ActingCommandGateway commands, DeliveryQueue queue, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.queue = queue;
        this.clock = clock;
    }

    @Transactional
    public void resend(String notificationId, Actor operator, String reason) {
        String template = jdbc.queryForList("SELECT template FROM notification_request WHERE notification_id = ?",
                        String.class, notificationId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("notification", notificationId));
        commands.sendAndWait(new ResendNotification(notificationId, reason), operator, reason);
        queue.enqueue(notificationId, template, clock.instant());
    }
}
