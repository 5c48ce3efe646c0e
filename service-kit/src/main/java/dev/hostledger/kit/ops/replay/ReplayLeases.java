package dev.hostledger.kit.ops.replay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Set;

/**
 * The database rows that tell every instance of a service which projection processors are being replayed and by
 * whom. Liveness is judged on the database's clock (the one clock all instances share), not on the instances' own.
 */
public class ReplayLeases {

    private final JdbcTemplate jdbc;
    private final Duration timeout;

    public ReplayLeases(JdbcTemplate jdbc, Duration timeout) {
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    /** @return whether this instance now holds the processor's lease (a live lease of another replay is kept) */
    public boolean acquire(String processor, String runId, String owner) {
        try {
            jdbc.update("INSERT INTO replay_lease (processor_name, run_id, owner) VALUES (?, ?, ?)",
                    processor, runId, owner);
            return true;
        } catch (DuplicateKeyException e) {
            // An abandoned lease (its instance stopped heart-beating) may be taken over.
            return jdbc.update("""
                            UPDATE replay_lease SET run_id = ?, owner = ?, acquired_at = now(), heartbeat_at = now()
                            WHERE processor_name = ? AND heartbeat_at < now() - make_interval(secs => ?)""",
                    runId, owner, processor, timeout.toMillis() / 1000.0) == 1;
        }
    }

    public void heartbeat(String processor, String runId) {
        jdbc.update("UPDATE replay_lease SET heartbeat_at = now() WHERE processor_name = ? AND run_id = ?",
                processor, runId);
    }

    public void release(String processor, String runId) {
        jdbc.update("DELETE FROM replay_lease WHERE processor_name = ? AND run_id = ?", processor, runId);
    }

    /** Processors under a live lease held by another instance: this one must not run them. */
    public Set<String> heldByOthers(String owner) {
        return Set.copyOf(jdbc.queryForList("""
                        SELECT processor_name FROM replay_lease
                        WHERE owner <> ? AND heartbeat_at >= now() - make_interval(secs => ?)""",
                String.class, owner, timeout.toMillis() / 1000.0));
    }

    /** Segments of the processor some instance still has claimed. */
    public int claimedSegments(String processor) {
        Integer claimed = jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL", Integer.class,
                processor);
        return claimed == null ? 0 : claimed;
    }
}
