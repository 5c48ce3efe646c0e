package dev.hostledger.kit.ops.maintenance;

import dev.hostledger.kit.actor.Actor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Maintenance mode of this service: while it is on, <b>automated actions must not act</b>; everything else goes on.
 * <p>
 * <b>Contract for automated actions</b> (renewal invoicing, dunning, suspension, grace-ending notices, anything a
 * scheduler does on its own initiative): call {@link #automationPaused()} at the start of every run (every tick)
 * and, when it answers {@code true}, do nothing and return; do not remember that a tick was skipped. Decide what
 * is due from the injected Clock and the database as always, so the first run after the resume finds everything
 * that came due during the pause and catches up, in the order the action normally uses. A run that is already
 * going when the pause is declared may finish its current item; check again between batches if a batch is long.
 * <p>
 * <b>Not automation</b>, and so never paused: other services' events, operators' and customers' commands,
 * projections, the outbox publisher, and e-mail delivery of messages already requested. Records from outside systems
 * (payments, provisioning) are accepted during the pause and buffered in Kafka ({@link InboundBuffering}), then
 * applied after the resume, in order, before or alongside the automated work that catches up.
 * <p>
 * The state is one database row, so every instance sees it and it survives restarts; each pause and resume is also
 * an event ({@link AutomationPaused}, {@link AutomationResumed}) of the aggregate {@value #AGGREGATE_ID} in this
 * service's event store, with the operator and the reason, appended in the same transaction as the row changes.
 */
public class MaintenanceMode {

    public static final String AGGREGATE_TYPE = "MaintenanceWindow";
    public static final String AGGREGATE_ID = "maintenance-window";

    /** The current state; {@code changedAt}/{@code changedBy}/{@code reason} of the last pause or resume. */
    public record State(boolean paused, Instant changedAt, String changedBy, String reason) {
    }

    private static final Logger log = LoggerFactory.getLogger(MaintenanceMode.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventStore eventStore;
    private final Clock clock;

    public MaintenanceMode(JdbcTemplate jdbc, TransactionTemplate transaction, EventStore eventStore, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /**
     * Whether automated actions must skip their run now. One indexed single-row read: cheap enough for every tick.
     */
    public boolean automationPaused() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT paused FROM maintenance_mode WHERE id = 1",
                Boolean.class));
    }

    /**
     * {@code work} as a scheduler's tick that skips while automation is paused (and so catches up at the first tick
     * after the resume, as long as {@code work} decides what is due from the clock and the database):
     * {@code new PeriodicWork("dunning", interval, maintenance.unlessPaused("dunning", dunning::takeDueSteps))}.
     */
    public Runnable unlessPaused(String action, Runnable work) {
        return () -> {
            if (automationPaused()) {
                log.debug("{} skipped: automation is paused (maintenance mode)", action);
                return;
            }
            work.run();
        };
    }

    public State state() {
        return jdbc.queryForObject("SELECT paused, changed_at, changed_by, reason FROM maintenance_mode WHERE id = 1",
                (rs, row) -> new State(rs.getBoolean(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4)));
    }

    /** @return the state after the call; pausing a paused service (or resuming a running one) changes nothing */
    public State pause(Actor operator, String reason) {
        return change(true, operator, reason);
    }

    public State resume(Actor operator, String reason) {
        return change(false, operator, reason);
    }

    private State change(boolean pause, Actor operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a " + (pause ? "pause" : "resume") + " needs a reason");
        }
        return transaction.execute(status -> {
            // The row lock makes concurrent operators (on any instance) take turns: one event per real change.
            var row = jdbc.queryForMap("SELECT paused, changed_at, sequence_number FROM maintenance_mode "
                    + "WHERE id = 1 FOR UPDATE");
            if ((Boolean) row.get("paused") == pause) {
                return state();
            }
            Instant now = clock.instant();
            long sequence = ((Number) row.get("sequence_number")).longValue() + 1;
            Object event = pause ? new AutomationPaused(operator.id(), reason, now)
                    : new AutomationResumed(operator.id(), reason, now,
                    row.get("changed_at") == null ? null : ((Timestamp) row.get("changed_at")).toInstant());
            eventStore.publish(new GenericDomainEventMessage<>(AGGREGATE_TYPE, AGGREGATE_ID, sequence, event,
                    operator.toMetaData(reason)));
            jdbc.update("""
                            UPDATE maintenance_mode SET paused = ?, changed_at = ?, changed_by = ?, reason = ?,
                                                        sequence_number = ?
                            WHERE id = 1""",
                    pause, Timestamp.from(now), operator.id(), reason, sequence);
            return state();
        });
    }
}
