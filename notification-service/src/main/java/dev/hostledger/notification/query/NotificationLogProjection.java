package dev.hostledger.notification.query;

import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.NotificationSent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Every notification of an account and where it stands, for the customer and for support. */
@Component
@ProcessingGroup("notification-log")
public class NotificationLogProjection {

    private final JdbcTemplate jdbc;

    public NotificationLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NotificationRequested event) {
        jdbc.update("""
                        INSERT INTO notification_log (notification_id, account_id, template, source_event_id,
                                                      recipient_email, status, requested_at)
                        VALUES (?, ?, ?, ?, ?, 'REQUESTED', ?) ON CONFLICT (notification_id) DO NOTHING""",
                event.notificationId(), event.accountId(), event.template(), event.sourceEventId(),
                event.recipientEmail(), Timestamp.from(event.requestedAt()));
    }

    @EventHandler
    void on(NotificationSent event) {
        jdbc.update("UPDATE notification_log SET status = 'SENT', subject = ?, sent_at = ? WHERE notification_id = ?",
                event.subject(), Timestamp.from(event.sentAt()), event.notificationId());
    }

    @EventHandler
    void on(NotificationFailed event) {
        jdbc.update("UPDATE notification_log SET status = 'FAILED', failure_reason = ? WHERE notification_id = ?",
                event.reason(), event.notificationId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_log");
    }

    public List<NotificationLogEntry> forAccount(String accountId) {
        return jdbc.query("""
                        SELECT notification_id, account_id, template, source_event_id, recipient_email, status,
                               subject, failure_reason, requested_at, sent_at
                        FROM notification_log WHERE account_id = ? ORDER BY requested_at, notification_id""",
                (rs, row) -> new NotificationLogEntry(rs.getString("notification_id"), rs.getString("account_id"),
                        rs.getString("template"), rs.getString("source_event_id"), rs.getString("recipient_email"),
                        rs.getString("status"), rs.getString("subject"), rs.getString("failure_reason"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()),
                accountId);
    }
}
