package dev.hostledger.billing.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.billing.api.CreditNoteIssued;
import dev.hostledger.billing.api.InvoiceDueDateExtended;
import dev.hostledger.billing.api.InvoiceIssued;
import dev.hostledger.billing.api.InvoicePaid;
import dev.hostledger.billing.api.PaymentRecorded;
import dev.hostledger.billing.api.PaymentRefunded;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Invoices with their payments, credit notes and refunds. Every write is idempotent (a redelivered event changes
 * nothing), so the processor may retry a batch.
 */
@Component
@ProcessingGroup("billing-invoices")
public class InvoiceProjection implements VerifiableProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public InvoiceProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(InvoiceIssued event) throws JsonProcessingException {
        jdbc.update("""
                        INSERT INTO invoice_view (invoice_id, invoice_number, account_id, currency, total, paid,
                                                  credited, refunded, open_amount, status, lines, issued_at, due_at)
                        VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, 'OPEN', ?::jsonb, ?, ?)
                        ON CONFLICT (invoice_id) DO NOTHING""",
                event.invoiceId(), event.invoiceNumber(), event.accountId(), event.total().currency(),
                event.total().amount(), event.total().amount(), json.writeValueAsString(event.lines()),
                Timestamp.from(event.issuedAt()), Timestamp.from(event.dueAt()));
    }

    @EventHandler
    void on(PaymentRecorded event) {
        int inserted = jdbc.update("""
                        INSERT INTO invoice_payment_view (payment_id, invoice_id, amount, applied, overpaid, currency,
                                                          source, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING""",
                event.paymentId(), event.invoiceId(), event.amount().amount(), event.applied().amount(),
                event.overpaid().amount(), event.amount().currency(), event.source().name(),
                Timestamp.from(event.recordedAt()));
        if (inserted == 1) {
            jdbc.update("UPDATE invoice_view SET paid = paid + ?, open_amount = ? WHERE invoice_id = ?",
                    event.applied().amount(), event.openAfter().amount(), event.invoiceId());
        }
    }

    @EventHandler
    void on(InvoicePaid event) {
        jdbc.update("UPDATE invoice_view SET status = 'PAID', paid_at = ? WHERE invoice_id = ?",
                Timestamp.from(event.paidAt()), event.invoiceId());
    }

    @EventHandler
    void on(CreditNoteIssued event) {
        int inserted = jdbc.update("""
                        INSERT INTO credit_note_view (credit_note_number, invoice_id, amount, currency, reason, issued_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (credit_note_number) DO NOTHING""",
                event.creditNoteNumber(), event.invoiceId(), event.amount().amount(), event.amount().currency(),
                event.reason(), Timestamp.from(event.issuedAt()));
        if (inserted == 1) {
            jdbc.update("""
                            UPDATE invoice_view SET credited = credited + ?, open_amount = open_amount - ?,
                                                    status = 'CANCELLED'
                            WHERE invoice_id = ?""",
                    event.amount().amount(), event.amount().amount(), event.invoiceId());
        }
    }

    @EventHandler
    void on(PaymentRefunded event) {
        int inserted = jdbc.update("""
                        INSERT INTO refund_view (refund_id, invoice_id, amount, currency, reason, refunded_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (refund_id) DO NOTHING""",
                event.refundId(), event.invoiceId(), event.amount().amount(), event.amount().currency(),
                event.reason(), Timestamp.from(event.refundedAt()));
        if (inserted == 1) {
            jdbc.update("UPDATE invoice_view SET refunded = refunded + ? WHERE invoice_id = ?",
                    event.amount().amount(), event.invoiceId());
        }
    }

    @EventHandler
    void on(InvoiceDueDateExtended event) {
        jdbc.update("UPDATE invoice_view SET due_at = ? WHERE invoice_id = ?",
                Timestamp.from(event.dueAt()), event.invoiceId());
    }

    @Override
    public String processingGroup() {
        return "billing-invoices";
    }

    @Override
    public List<String> tables() {
        return List.of("invoice_view", "invoice_payment_view", "credit_note_view", "refund_view");
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE invoice_view, invoice_payment_view, credit_note_view, refund_view");
    }
}
