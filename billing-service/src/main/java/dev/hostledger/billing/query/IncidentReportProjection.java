package dev.hostledger.billing.query;

import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.GraceEndingNoticeDue;
import dev.hostledger.billing.api.GracePeriodDeclared;
import dev.hostledger.billing.api.IncidentClosed;
import dev.hostledger.billing.api.IncidentOpened;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.SuspensionDeferred;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.UnsuspensionRequested;
import dev.hostledger.billing.command.Invoice;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** What billing itself did about each incident: windows, deferrals and their outcome, releases, notices. */
@Component
@ProcessingGroup("incident-report")
public class IncidentReportProjection implements VerifiableProjection {

    private final JdbcTemplate jdbc;

    public IncidentReportProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(IncidentOpened event) {
        jdbc.update("""
                        INSERT INTO incident_view (incident_id, title, description, started_at, status, opened_at)
                        VALUES (?, ?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING""",
                event.incidentId(), event.title(), event.description(), Timestamp.from(event.startedAt()),
                Timestamp.from(event.openedAt()));
    }

    @EventHandler
    void on(IncidentClosed event) {
        jdbc.update("UPDATE incident_view SET status = 'CLOSED', ended_at = ? WHERE incident_id = ?",
                Timestamp.from(event.endedAt()), event.incidentId());
    }

    @EventHandler
    void on(GracePeriodDeclared event) {
        if (event.incidentId() != null) {
            jdbc.update("INSERT INTO incident_window (grace_period_id, incident_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    event.gracePeriodId(), event.incidentId());
        }
    }

    @EventHandler
    void on(SuspensionDeferred event) {
        event.serviceIds().forEach(serviceId -> jdbc.update("""
                        INSERT INTO incident_deferral (invoice_id, service_id, grace_period_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", event.invoiceId(), serviceId, event.gracePeriodId()));
    }

    @EventHandler
    void on(SuspensionRequested event) {
        event.serviceIds().forEach(serviceId -> jdbc.update("""
                        UPDATE incident_deferral SET outcome = 'EXECUTED'
                        WHERE invoice_id = ? AND service_id = ? AND outcome IS NULL""", event.invoiceId(), serviceId));
    }

    @EventHandler
    void on(InvoicePaid event) {
        avoided(event.invoiceId());
    }

    @EventHandler
    void on(CreditNoteIssued event) {
        avoided(event.invoiceId());
    }

    @EventHandler
    void on(UnsuspensionRequested event) {
        if (event.reason().startsWith(Invoice.GRACE_RELEASE_REASON)) {
            String window = event.reason().substring(Invoice.GRACE_RELEASE_REASON.length());
            event.serviceIds().forEach(serviceId -> jdbc.update("""
                            INSERT INTO incident_release (invoice_id, service_id, grace_period_id) VALUES (?, ?, ?)
                            ON CONFLICT DO NOTHING""", event.invoiceId(), serviceId, window));
        }
    }

    /** The notice's event id is the CloudEvent id notification-service names as the source of what it sends. */
    @EventHandler
    void on(GraceEndingNoticeDue event, EventMessage<?> message) {
        jdbc.update("""
                        INSERT INTO incident_notice (event_id, grace_period_id, account_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""", message.getIdentifier(), event.gracePeriodId(), event.accountId());
    }

    private void avoided(String invoiceId) {
        jdbc.update("UPDATE incident_deferral SET outcome = 'AVOIDED_BY_PAYMENT' WHERE invoice_id = ? AND outcome IS NULL",
                invoiceId);
    }

    @Override
    public String processingGroup() {
        return "incident-report";
    }

    @Override
    public List<String> tables() {
        return List.of("incident_view", "incident_window", "incident_deferral", "incident_release", "incident_notice");
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE incident_view, incident_window, incident_deferral, incident_release, incident_notice");
    }
}
