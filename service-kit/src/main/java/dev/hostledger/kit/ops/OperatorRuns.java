package dev.hostledger.kit.ops;

import dev.hostledger.kit.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The record of every long-running operator action: who asked, why, on what, and how it ended. Written when the
 * action is accepted and again when it ends, so it survives the instance that ran it.
 */
public class OperatorRuns {

    public enum Kind { REPLAY, REPUBLISH }

    public enum Outcome { RUNNING, DONE, FAILED }

    public record Recorded(String id, Kind kind, String target, String operator, String reason, String requestedAt,
                           String finishedAt, Outcome outcome, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public OperatorRuns(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void started(String id, Kind kind, String target, Actor operator, String reason) {
        jdbc.update("""
                        INSERT INTO operator_run (id, kind, target, operator, reason, requested_at, outcome)
                        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING')""",
                id, kind.name(), target, operator.id(), reason, Timestamp.from(clock.instant()));
    }

    public void finished(String id, Outcome outcome, String detail) {
        jdbc.update("UPDATE operator_run SET outcome = ?, detail = ?, finished_at = ? WHERE id = ?",
                outcome.name(), detail == null ? null : detail.substring(0, Math.min(detail.length(), 4000)),
                Timestamp.from(clock.instant()), id);
    }

    public Optional<Recorded> find(String id) {
        return jdbc.query("""
                        SELECT id, kind, target, operator, reason, requested_at, finished_at, outcome, detail
                        FROM operator_run WHERE id = ?""",
                (rs, row) -> new Recorded(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        Outcome.valueOf(rs.getString(8)), rs.getString(9)), id).stream().findFirst();
    }

    private static String instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
