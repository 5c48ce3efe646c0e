package dev.hostledger.notification.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.contracts.billing.GraceScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Grace windows as billing declared, extended and closed them: their scope, current end, and whether they closed. */
@Repository
public class GraceWindows {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public GraceWindows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param closed why the window no longer protects anyone (ended, cancelled); null while it is open */
    public record GraceWindow(String gracePeriodId, Instant endsAt, GraceScope scope, String closed) {
    }

    public void declared(String gracePeriodId, Instant endsAt, GraceScope scope) {
        jdbc.update("""
                        INSERT INTO grace_window (grace_period_id, ends_at, scope) VALUES (?, ?, ?::jsonb)
                        ON CONFLICT (grace_period_id) DO NOTHING""",
                gracePeriodId, Timestamp.from(endsAt), toJson(scope));
    }

    public void extended(String gracePeriodId, Instant endsAt) {
        jdbc.update("UPDATE grace_window SET ends_at = ? WHERE grace_period_id = ?", Timestamp.from(endsAt),
                gracePeriodId);
    }

    public void closed(String gracePeriodId, String why) {
        jdbc.update("UPDATE grace_window SET closed = ? WHERE grace_period_id = ? AND closed IS NULL", why,
                gracePeriodId);
    }

    public Optional<GraceWindow> find(String gracePeriodId) {
        return jdbc.query("""
                        SELECT grace_period_id, ends_at, scope::text AS scope, closed FROM grace_window
                        WHERE grace_period_id = ?""",
                (rs, row) -> new GraceWindow(rs.getString("grace_period_id"),
                        rs.getTimestamp("ends_at").toInstant(), fromJson(rs.getString("scope")),
                        rs.getString("closed")), gracePeriodId).stream().findFirst();
    }

    private String toJson(GraceScope scope) {
        try {
            return json.writeValueAsString(scope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GraceScope fromJson(String scope) {
        try {
            return json.readValue(scope, GraceScope.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable grace scope " + scope, e);
        }
    }
}
