package dev.hostledger.notification.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Messages still to be sent, in PostgreSQL so that retries and unfinished attempts survive restarts. Every instant
 * comes from the caller (the injected Clock), never from the database's {@code now()}. Workers claim rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two workers never take the same message.
 */
@Repository
public class DeliveryQueue {

    private static final TypeReference<Map<String, String>> MODEL = new TypeReference<>() {
    };
    private static final int ERROR_LIMIT = 2000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public DeliveryQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void enqueue(String notificationId, String template, Instant dueAt) {
        jdbc.update("""
                        INSERT INTO delivery_queue (notification_id, template, state, attempts, next_attempt_at)
                        VALUES (?, ?, 'QUEUED', 0, ?) ON CONFLICT (notification_id) DO NOTHING""",
                notificationId, template, Timestamp.from(dueAt));
    }

    /**
     * Locks up to {@code limit} due messages, oldest due first: those of the given templates when
     * {@code ofTemplates} is true, all others when false. Call inside a transaction.
     */
    public List<PendingDelivery> lockDue(Instant now, List<String> templates, boolean ofTemplates, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT r.notification_id, r.source_event_id, r.template, r.account_id, r.recipient_email,
                           r.recipient_name, r.time_zone, r.model::text AS model, q.attempts
                    FROM delivery_queue q JOIN notification_request r ON r.notification_id = q.notification_id
                    WHERE q.state = 'QUEUED' AND q.next_attempt_at <= ? AND (q.template = ANY (?)) = ?
                    ORDER BY q.next_attempt_at LIMIT ?
                    FOR UPDATE OF q SKIP LOCKED""");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("varchar", templates.toArray()));
            statement.setBoolean(3, ofTemplates);
            statement.setInt(4, limit);
            return statement;
        }, (rs, row) -> pending(rs));
    }

    public void markSending(String notificationId, String owner, Instant claimedAt) {
        jdbc.update("""
                        UPDATE delivery_queue SET state = 'SENDING', attempts = attempts + 1, claimed_by = ?,
                                                  claimed_at = ?
                        WHERE notification_id = ?""",
                owner, Timestamp.from(claimedAt), notificationId);
    }

    /** Locks the row if {@code owner}'s attempt still holds it; false once it was declared in doubt. */
    public boolean lockIfSendingBy(String notificationId, String owner) {
        return !jdbc.queryForList("""
                        SELECT notification_id FROM delivery_queue
                        WHERE notification_id = ? AND state = 'SENDING' AND claimed_by = ? FOR UPDATE""",
                String.class, notificationId, owner).isEmpty();
    }

    public void retryAt(String notificationId, Instant nextAttemptAt, String error) {
        jdbc.update("""
                        UPDATE delivery_queue SET state = 'QUEUED', next_attempt_at = ?, last_error = ?,
                                                  claimed_by = NULL, claimed_at = NULL
                        WHERE notification_id = ?""",
                Timestamp.from(nextAttemptAt), bounded(error), notificationId);
    }

    public void remove(String notificationId) {
        jdbc.update("DELETE FROM delivery_queue WHERE notification_id = ?", notificationId);
    }

    /**
     * Locks attempts that will never report: their process has not said it is alive since {@code silentSince}
     * (or never did), or they started before {@code startedBefore}.
     */
    public List<String> lockUnfinished(Instant silentSince, Instant startedBefore, int limit) {
        return jdbc.queryForList("""
                        SELECT q.notification_id FROM delivery_queue q
                        LEFT JOIN delivery_worker w ON w.owner = q.claimed_by
                        WHERE q.state = 'SENDING'
                          AND (w.owner IS NULL OR w.heartbeat_at < ? OR q.claimed_at < ?)
                        LIMIT ? FOR UPDATE OF q SKIP LOCKED""",
                String.class, Timestamp.from(silentSince), Timestamp.from(startedBefore), limit);
    }

    public void heartbeat(String owner, Instant now) {
        jdbc.update("""
                        INSERT INTO delivery_worker (owner, heartbeat_at) VALUES (?, ?)
                        ON CONFLICT (owner) DO UPDATE SET heartbeat_at = excluded.heartbeat_at""",
                owner, Timestamp.from(now));
    }

    public void forget(String owner) {
        jdbc.update("DELETE FROM delivery_worker WHERE owner = ?", owner);
    }

    private PendingDelivery pending(ResultSet rs) throws SQLException {
        try {
            return new PendingDelivery(rs.getString("notification_id"), rs.getString("source_event_id"),
                    rs.getString("template"), rs.getString("account_id"), rs.getString("recipient_email"),
                    rs.getString("recipient_name"), rs.getString("time_zone"),
                    json.readValue(rs.getString("model"), MODEL), rs.getInt("attempts"));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable model of notification " + rs.getString("notification_id"), e);
        }
    }

    private static String bounded(String error) {
        return error != null && error.length() > ERROR_LIMIT ? error.substring(0, ERROR_LIMIT) : error;
    }
}
