package dev.hostledger.notification.query;

import dev.hostledger.notification.api.NotificationDeliveryDeferred;
import dev.hostledger.notification.api.NotificationDeliveryStarted;
import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationInDoubt;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.NotificationResendRequested;
import dev.hostledger.notification.api.NotificationSent;
import dev.hostledger.notification.api.NotificationSuppressed;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every notification of an account and where it stands, for the customer, for support and for operators. */
@Component
@ProcessingGroup("notification-log")
public class NotificationLogProjection implements VerifiableProjection {

    private static final String COLUMNS = """
            notification_id, account_id, template, source_event_id, recipient_email, status, subject, reason,
            attempts, requested_at, last_attempt_at, next_attempt_at, sent_at, updated_at""";
    private static final RowMapper<NotificationLogEntry> ENTRY = NotificationLogProjection::entry;

    private final JdbcTemplate jdbc;

    public NotificationLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(NotificationRequested event) {
        jdbc.update("""
                        INSERT INTO notification_log (notification_id, account_id, template, source_event_id,
                                                      recipient_email, status, requested_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, 'REQUESTED', ?, ?) ON CONFLICT (notification_id) DO NOTHING""",
                event.notificationId(), event.accountId(), event.template(), event.sourceEventId(),
                event.recipientEmail(), Timestamp.from(event.requestedAt()), Timestamp.from(event.requestedAt()));
    }

    @EventHandler
    void on(NotificationDeliveryStarted event) {
        jdbc.update("""
                        UPDATE notification_log SET status = 'SENDING', attempts = ?, last_attempt_at = ?,
                                                    next_attempt_at = NULL, updated_at = ?
                        WHERE notification_id = ?""",
                event.attempt(), ts(event.startedAt()), ts(event.startedAt()), event.notificationId());
    }

    @EventHandler
    void on(NotificationDeliveryDeferred event) {
        jdbc.update("""
                        UPDATE notification_log SET status = 'RETRY_WAIT', reason = ?, next_attempt_at = ?,
                                                    updated_at = ?
                        WHERE notification_id = ?""",
                event.reason(), ts(event.nextAttemptAt()), ts(event.deferredAt()), event.notificationId());
    }

    @EventHandler
    void on(NotificationSent event) {
        jdbc.update("""
                        UPDATE notification_log SET status = 'SENT', subject = ?, reason = NULL, sent_at = ?,
                                                    updated_at = ?
                        WHERE notification_id = ?""",
                event.subject(), ts(event.sentAt()), ts(event.sentAt()), event.notificationId());
    }

    @EventHandler
    void on(NotificationFailed event) {
        finished(event.notificationId(), "FAILED", event.reason(), event.failedAt());
    }

    @EventHandler
    void on(NotificationSuppressed event) {
        finished(event.notificationId(), "SUPPRESSED", event.reason(), event.suppressedAt());
    }

    @EventHandler
    void on(NotificationInDoubt event) {
        finished(event.notificationId(), "IN_DOUBT", event.reason(), event.markedAt());
    }

    @EventHandler
    void on(NotificationResendRequested event) {
        finished(event.notificationId(), "RESEND_REQUESTED", event.reason(), event.requestedAt());
    }

    private void finished(String notificationId, String status, String reason, Instant at) {
        jdbc.update("""
                        UPDATE notification_log SET status = ?, reason = ?, next_attempt_at = NULL, updated_at = ?
                        WHERE notification_id = ?""",
                status, reason, ts(at), notificationId);
    }

    @Override
    public String processingGroup() {
        return "notification-log";
    }

    @Override
    public List<String> tables() {
        return List.of("notification_log");
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM notification_log");
    }

    public List<NotificationLogEntry> forAccount(String accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_log WHERE account_id = ?"
                + " ORDER BY requested_at, notification_id", ENTRY, accountId);
    }

    public List<NotificationLogEntry> withStatus(String status, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_log WHERE status = ?"
                + " ORDER BY updated_at, notification_id LIMIT ?", ENTRY, status, limit);
    }

    public Optional<NotificationLogEntry> find(String notificationId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification_log WHERE notification_id = ?", ENTRY,
                notificationId).stream().findFirst();
    }

    /** Sent / total / failed (and the rest) per template, optionally for one template only. */
    public List<TemplateProgress> progress(String template) {
        return jdbc.query("""
                        SELECT template, count(*) AS total,
                               count(*) FILTER (WHERE status = 'SENT') AS sent,
                               count(*) FILTER (WHERE status = 'FAILED') AS failed,
                               count(*) FILTER (WHERE status = 'SUPPRESSED') AS suppressed,
                               count(*) FILTER (WHERE status = 'IN_DOUBT') AS in_doubt,
                               count(*) FILTER (WHERE status IN ('REQUESTED', 'SENDING', 'RETRY_WAIT',
                                                                 'RESEND_REQUESTED')) AS pending
                        FROM notification_log WHERE (CAST(? AS VARCHAR) IS NULL OR template = ?)
                        GROUP BY template ORDER BY template""",
                (rs, row) -> new TemplateProgress(rs.getString("template"), rs.getLong("total"), rs.getLong("sent"),
                        rs.getLong("failed"), rs.getLong("suppressed"), rs.getLong("in_doubt"),
                        rs.getLong("pending")),
                template, template);
    }

    private static NotificationLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new NotificationLogEntry(rs.getString("notification_id"), rs.getString("account_id"),
                rs.getString("template"), rs.getString("source_event_id"), rs.getString("recipient_email"),
                rs.getString("status"), rs.getString("subject"), rs.getString("reason"), rs.getInt("attempts"),
                instant(rs, "requested_at"), instant(rs, "last_attempt_at"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
