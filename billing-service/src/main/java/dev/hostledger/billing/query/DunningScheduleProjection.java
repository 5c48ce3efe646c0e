package dev.hostledger.billing.query;

import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.DunningStep;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoiceOverdue;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.InvoiceReminderDue;
import dev.hostledger.billing.api.SuspensionDeferred;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.SuspensionWarningDue;
import dev.hostledger.billing.api.TerminationRequested;
import dev.hostledger.billing.config.DunningPolicy;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.kit.integrity.VerifiableProjection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dunning deadlines: for every unpaid invoice its next step and when it comes, by the policy in force when the
 * step was scheduled. Each write is idempotent, so a redelivered event changes nothing.
 */
@Component
@ProcessingGroup("dunning-schedule")
public class DunningScheduleProjection implements VerifiableProjection {

    /** A dunning step whose time has come, for an invoice of this account paying for these services. */
    public record DueStep(String invoiceId, DunningStep step, String accountId, List<String> serviceIds) {
    }

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final DunningPolicy policy;
    private final ObjectMapper json;

    public DunningScheduleProjection(JdbcTemplate jdbc, DunningPolicy policy, ObjectMapper json) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.json = json;
    }

    @EventHandler
    void on(InvoiceIssued event) throws JsonProcessingException {
        List<String> serviceIds = event.lines().stream().map(InvoiceLine::serviceId).filter(Objects::nonNull)
                .distinct().toList();
        jdbc.update("""
                        INSERT INTO dunning_schedule (invoice_id, account_id, due_at, pays_for_services, service_ids,
                                                      next_step, next_step_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT (invoice_id) DO NOTHING""",
                event.invoiceId(), event.accountId(), Timestamp.from(event.dueAt()), !serviceIds.isEmpty(),
                json.writeValueAsString(serviceIds), DunningStep.REMINDER.name(),
                Timestamp.from(policy.timeOf(DunningStep.REMINDER, event.dueAt())));
    }

    @EventHandler
    void on(InvoiceReminderDue event) {
        taken(event.invoiceId(), DunningStep.REMINDER, event.remindedAt());
    }

    @EventHandler
    void on(InvoiceOverdue event) {
        taken(event.invoiceId(), DunningStep.OVERDUE, event.overdueAt());
    }

    @EventHandler
    void on(SuspensionWarningDue event) {
        taken(event.invoiceId(), DunningStep.SUSPENSION_WARNING, event.warnedAt());
    }

    @EventHandler
    void on(SuspensionRequested event) {
        taken(event.invoiceId(), DunningStep.SUSPENSION, event.requestedAt());
    }

    /** A suspension held back by a grace period still completes the schedule's suspension step. */
    @EventHandler
    void on(SuspensionDeferred event) {
        taken(event.invoiceId(), DunningStep.SUSPENSION, event.deferredAt());
    }

    @EventHandler
    void on(TerminationRequested event) {
        taken(event.invoiceId(), DunningStep.TERMINATION, event.requestedAt());
    }

    @EventHandler
    void on(InvoicePaid event) {
        done(event.invoiceId());
    }

    @EventHandler
    void on(CreditNoteIssued event) {
        done(event.invoiceId());
    }

    @EventHandler
    void on(InvoiceDueDateExtended event) {
        jdbc.update("UPDATE dunning_schedule SET due_at = ? WHERE invoice_id = ?",
                Timestamp.from(event.dueAt()), event.invoiceId());
        reschedule(event.invoiceId());
    }

    /** Steps whose time has come at {@code now}, oldest first. */
    public List<DueStep> dueAt(Instant now, int limit) {
        return jdbc.query("""
                        SELECT invoice_id, next_step, account_id, service_ids FROM dunning_schedule
                        WHERE next_step IS NOT NULL AND next_step_at <= ? ORDER BY next_step_at LIMIT ?""",
                (rs, row) -> new DueStep(rs.getString(1), DunningStep.valueOf(rs.getString(2)), rs.getString(3),
                        ids(rs.getString(4))),
                Timestamp.from(now), limit);
    }

    private List<String> ids(String value) {
        try {
            return json.readValue(value, IDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Map<String, Object>> history(String invoiceId) {
        return jdbc.queryForList("""
                SELECT step, taken_at AS "takenAt" FROM dunning_history WHERE invoice_id = ? ORDER BY taken_at""",
                invoiceId);
    }

    @Override
    public String processingGroup() {
        return "dunning-schedule";
    }

    @Override
    public List<String> tables() {
        return List.of("dunning_schedule", "dunning_history");
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE dunning_schedule, dunning_history");
    }

    private void taken(String invoiceId, DunningStep step, Instant at) {
        jdbc.update("INSERT INTO dunning_history (invoice_id, step, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                invoiceId, step.name(), Timestamp.from(at));
        Boolean paysForServices = jdbc.queryForList(
                "SELECT pays_for_services FROM dunning_schedule WHERE invoice_id = ?", Boolean.class, invoiceId)
                .stream().findFirst().orElse(false);
        jdbc.update("UPDATE dunning_schedule SET next_step = ? WHERE invoice_id = ? AND next_step = ?",
                step.next(paysForServices).map(Enum::name).orElse(null), invoiceId, step.name());
        reschedule(invoiceId);
    }

    private void reschedule(String invoiceId) {
        jdbc.query("SELECT next_step, due_at FROM dunning_schedule WHERE invoice_id = ? AND next_step IS NOT NULL",
                rs -> {
                    Instant at = policy.timeOf(DunningStep.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant());
                    jdbc.update("UPDATE dunning_schedule SET next_step_at = ? WHERE invoice_id = ?",
                            Timestamp.from(at), invoiceId);
                }, invoiceId);
    }

    private void done(String invoiceId) {
        jdbc.update("UPDATE dunning_schedule SET next_step = NULL, next_step_at = NULL WHERE invoice_id = ?",
                invoiceId);
    }
}
