package dev.hostledger.kit.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Records each aggregate's head (last sequence and hash) once its events are older than the gap timeout, when no
 * transaction still in flight can add to what came before. Incremental: each refresh reads only the global index
 * range appended since the last one, up to the first event still too young.
 */
public class Checkpoints {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration gapTimeout;

    public Checkpoints(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, Duration gapTimeout) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /** @return how many aggregates got a new or higher checkpoint */
    public int refresh() {
        Instant now = clock.instant();
        Timestamp cutoff = Timestamp.from(now.minus(gapTimeout));
        Integer updated = transaction.execute(status -> {
            // The row lock makes concurrent refreshes (several instances) take turns instead of racing.
            long from = jdbc.queryForObject(
                    "SELECT next_global_index FROM event_store_checkpoint_progress WHERE id = 1 FOR UPDATE", Long.class);
            Long firstTooYoung = jdbc.queryForObject("""
                    SELECT min(global_index) FROM domain_event_entry
                    WHERE global_index >= ? AND time_stamp::timestamptz >= ?""", Long.class, from, cutoff);
            Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
            long upTo = firstTooYoung != null ? firstTooYoung : (head == null ? from : Math.max(from, head + 1));
            int rows = jdbc.update("""
                    INSERT INTO event_store_checkpoint (aggregate_identifier, last_sequence, last_hash, checkpointed_at)
                    SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number, event_hash, ?
                    FROM domain_event_entry
                    WHERE global_index >= ? AND global_index < ? AND event_hash IS NOT NULL
                    ORDER BY aggregate_identifier, sequence_number DESC
                    ON CONFLICT (aggregate_identifier) DO UPDATE
                        SET last_sequence = excluded.last_sequence, last_hash = excluded.last_hash,
                            checkpointed_at = excluded.checkpointed_at
                        WHERE event_store_checkpoint.last_sequence < excluded.last_sequence""",
                    Timestamp.from(now), from, upTo);
            jdbc.update("UPDATE event_store_checkpoint_progress SET next_global_index = ? WHERE id = 1", upTo);
            return rows;
        });
        return updated == null ? 0 : updated;
    }

    Map<String, Checkpoint> load() {
        Map<String, Checkpoint> byAggregate = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, last_sequence, last_hash FROM event_store_checkpoint", row -> {
            String aggregate = row.getString(1);
            byAggregate.put(aggregate, new Checkpoint(aggregate, row.getLong(2), row.getBytes(3)));
        });
        return byAggregate;
    }
}
