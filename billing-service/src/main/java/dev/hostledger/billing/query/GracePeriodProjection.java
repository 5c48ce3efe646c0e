package dev.hostledger.billing.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.billing.api.GraceEndingNoticeDue;
import dev.hostledger.billing.api.GracePeriodCancelled;
import dev.hostledger.billing.api.GracePeriodDeclared;
import dev.hostledger.billing.api.GracePeriodEnded;
import dev.hostledger.billing.api.GracePeriodExtended;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Grace periods and the ending notices given, for enforcement, previews and operators. */
@Component
@ProcessingGroup("grace-periods")
public class GracePeriodProjection implements VerifiableProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public GracePeriodProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(GracePeriodDeclared event) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO grace_period_view (grace_period_id, starts_at, ends_at, scope, reason, incident_id,
                                                       status, declared_at)
                        VALUES (?, ?, ?, ?::jsonb, ?, ?, 'DECLARED', ?) ON CONFLICT DO NOTHING""",
                event.gracePeriodId(), Timestamp.from(event.startsAt()), Timestamp.from(event.endsAt()),
                json.writeValueAsString(event.scope()), event.reason(), event.incidentId(),
                Timestamp.from(event.declaredAt()));
    }

    @EventHandler
    void on(GracePeriodExtended event) {
        jdbc.update("UPDATE grace_period_view SET ends_at = ? WHERE grace_period_id = ?",
                Timestamp.from(event.endsAt()), event.gracePeriodId());
    }

    @EventHandler
    void on(GracePeriodEnded event) {
        jdbc.update("UPDATE grace_period_view SET status = 'ENDED', ends_at = ?, ended_at = ? WHERE grace_period_id = ?",
                Timestamp.from(event.endedAt()), Timestamp.from(event.endedAt()), event.gracePeriodId());
    }

    @EventHandler
    void on(GracePeriodCancelled event) {
        jdbc.update("UPDATE grace_period_view SET status = 'CANCELLED' WHERE grace_period_id = ?",
                event.gracePeriodId());
    }

    @EventHandler
    void on(GraceEndingNoticeDue event) {
        jdbc.update("""
                        INSERT INTO grace_notice (grace_period_id, account_id, ends_at, noticed_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""",
                event.gracePeriodId(), event.accountId(), Timestamp.from(event.endsAt()),
                Timestamp.from(event.noticedAt()));
    }

    @Override
    public String processingGroup() {
        return "grace-periods";
    }

    @Override
    public List<String> tables() {
        return List.of("grace_period_view", "grace_notice");
    }

    /** See GraceConsistencyConfiguration: protection is decided from these tables, so they never lag. */
    @Override
    public boolean writtenInCommandTransaction() {
        return true;
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE grace_period_view, grace_notice");
    }
}
