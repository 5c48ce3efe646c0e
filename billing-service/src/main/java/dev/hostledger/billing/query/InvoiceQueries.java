package dev.hostledger.billing.query;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.InvoiceLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of the "billing-invoices" read models. */
@Component
public class InvoiceQueries {

    private static final TypeReference<List<InvoiceLine>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DunningScheduleProjection dunningSchedule;

    public InvoiceQueries(JdbcTemplate jdbc, ObjectMapper json, DunningScheduleProjection dunningSchedule) {
        this.jdbc = jdbc;
        this.json = json;
        this.dunningSchedule = dunningSchedule;
    }

    public Optional<InvoiceView> find(String invoiceId) {
        return jdbc.query("SELECT * FROM invoice_view WHERE invoice_id = ?", this::invoice, invoiceId)
                .stream().findFirst();
    }

    /** @param status OPEN, PAID, CANCELLED, or null for all */
    public List<InvoiceView> forAccount(String accountId, String status) {
        return jdbc.query("""
                        SELECT * FROM invoice_view WHERE account_id = ? AND (?::text IS NULL OR status = ?)
                        ORDER BY issued_at, invoice_number""",
                this::invoice, accountId, status, status);
    }

    private InvoiceView invoice(ResultSet rs, int row) throws SQLException {
        String invoiceId = rs.getString("invoice_id");
        String currency = rs.getString("currency");
        return new InvoiceView(invoiceId, rs.getString("invoice_number"), rs.getString("account_id"),
                rs.getString("status"), money(rs.getBigDecimal("total"), currency),
                money(rs.getBigDecimal("paid"), currency), money(rs.getBigDecimal("credited"), currency),
                money(rs.getBigDecimal("refunded"), currency), money(rs.getBigDecimal("open_amount"), currency),
                lines(rs.getString("lines")), instant(rs.getTimestamp("issued_at")),
                instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("paid_at")),
                jdbc.query("SELECT * FROM invoice_payment_view WHERE invoice_id = ? ORDER BY recorded_at, payment_id",
                        (p, i) -> new InvoiceView.PaymentView(p.getString("payment_id"),
                                money(p.getBigDecimal("amount"), currency), money(p.getBigDecimal("applied"), currency),
                                money(p.getBigDecimal("overpaid"), currency), p.getString("source"),
                                instant(p.getTimestamp("recorded_at"))), invoiceId),
                jdbc.query("SELECT * FROM credit_note_view WHERE invoice_id = ? ORDER BY issued_at",
                        (c, i) -> new InvoiceView.CreditNoteView(c.getString("credit_note_number"),
                                money(c.getBigDecimal("amount"), currency), c.getString("reason"),
                                instant(c.getTimestamp("issued_at"))), invoiceId),
                jdbc.query("SELECT * FROM refund_view WHERE invoice_id = ? ORDER BY refunded_at, refund_id",
                        (r, i) -> new InvoiceView.RefundView(r.getString("refund_id"),
                                money(r.getBigDecimal("amount"), currency), r.getString("reason"),
                                instant(r.getTimestamp("refunded_at"))), invoiceId),
                dunning(invoiceId));
    }

    private InvoiceView.Dunning dunning(String invoiceId) {
        return jdbc.query("SELECT next_step, next_step_at FROM dunning_schedule WHERE invoice_id = ?",
                        (d, i) -> new InvoiceView.Dunning(d.getString(1), instant(d.getTimestamp(2)),
                                dunningSchedule.history(invoiceId)), invoiceId)
                .stream().findFirst()
                .orElseGet(() -> new InvoiceView.Dunning(null, null, dunningSchedule.history(invoiceId)));
    }

    private List<InvoiceLine> lines(String value) {
        try {
            return json.readValue(value, LINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
