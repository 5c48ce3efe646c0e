package dev.hostledger.kit.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The audit row of one operator action ({@code backup_operator_action}): who, why, which archive, when, and how it
 * ended. A restore writes its row inside the restoring transaction, so the restored database says who restored it.
 */
public record AuditEntry(String action, String operator, String reason, String archive, Instant startedAt,
                         String outcome) {

    public AuditEntry {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required for " + action);
        }
        if (operator == null || operator.isBlank()) {
            throw new IllegalArgumentException("an operator is required for " + action);
        }
    }

    AuditEntry withOutcome(String ended) {
        return new AuditEntry(action, operator, reason, archive, startedAt, ended);
    }

    void record(Connection connection, Instant finishedAt) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO backup_operator_action (action, operator, reason, archive, started_at, finished_at,
                    outcome) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setString(1, action);
            statement.setString(2, operator);
            statement.setString(3, reason);
            statement.setString(4, archive);
            statement.setTimestamp(5, Timestamp.from(startedAt));
            statement.setTimestamp(6, Timestamp.from(finishedAt));
            statement.setString(7, outcome == null ? null
                    : outcome.length() > 4000 ? outcome.substring(0, 4000) : outcome);
            statement.executeUpdate();
        }
    }
}
