package dev.hostledger.billing.query;

import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.SuspensionDeferred;
import dev.hostledger.billing.api.SuspensionRequested;
import dev.hostledger.billing.api.UnsuspensionRequested;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/** Which services each invoice keeps suspended, and which suspensions a grace period holds back until when. */
@Component
@ProcessingGroup("suspension-ledger")
public class SuspensionLedgerProjection implements VerifiableProjection {

    private final JdbcTemplate jdbc;

    public SuspensionLedgerProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SuspensionRequested event) {
        for (String serviceId : event.serviceIds()) {
            jdbc.update("""
                            INSERT INTO service_suspension_state (invoice_id, service_id, account_id, state)
                            VALUES (?, ?, ?, 'SUSPENDED')
                            ON CONFLICT (invoice_id, service_id) DO UPDATE
                            SET state = 'SUSPENDED', grace_period_id = NULL, until = NULL""",
                    event.invoiceId(), serviceId, event.accountId());
        }
    }

    @EventHandler
    void on(SuspensionDeferred event) {
        for (String serviceId : event.serviceIds()) {
            jdbc.update("""
                            INSERT INTO service_suspension_state (invoice_id, service_id, account_id, state,
                                                                  grace_period_id, until)
                            VALUES (?, ?, ?, 'DEFERRED', ?, ?)
                            ON CONFLICT (invoice_id, service_id) DO UPDATE
                            SET state = 'DEFERRED', grace_period_id = excluded.grace_period_id, until = excluded.until""",
                    event.invoiceId(), serviceId, event.accountId(), event.gracePeriodId(),
                    Timestamp.from(event.until()));
        }
    }

    @EventHandler
    void on(UnsuspensionRequested event) {
        for (String serviceId : event.serviceIds()) {
            jdbc.update("DELETE FROM service_suspension_state WHERE invoice_id = ? AND service_id = ? "
                    + "AND state = 'SUSPENDED'", event.invoiceId(), serviceId);
        }
    }

    @EventHandler
    void on(InvoicePaid event) {
        settled(event.invoiceId());
    }

    @EventHandler
    void on(CreditNoteIssued event) {
        settled(event.invoiceId());
    }

    private void settled(String invoiceId) {
        jdbc.update("DELETE FROM service_suspension_state WHERE invoice_id = ? AND state = 'DEFERRED'", invoiceId);
    }

    @Override
    public String processingGroup() {
        return "suspension-ledger";
    }

    @Override
    public List<String> tables() {
        return List.of("service_suspension_state");
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE service_suspension_state");
    }
}
