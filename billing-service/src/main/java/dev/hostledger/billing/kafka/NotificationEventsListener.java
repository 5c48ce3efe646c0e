package dev.hostledger.billing.kafka;

import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.notification.NotificationSent;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Which messages went out, so an incident's report can count the notices customers actually got. */
@Component
public class NotificationEventsListener implements IntegrationEventListener {

    private final JdbcTemplate jdbc;

    public NotificationEventsListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "billing.notification-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.NOTIFICATION_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        if (event.data() instanceof NotificationSent sent) {
            jdbc.update("""
                            INSERT INTO notification_sent_fact (source_event_id, template) VALUES (?, ?)
                            ON CONFLICT DO NOTHING""", sent.sourceEventId(), sent.template());
        }
    }
}
