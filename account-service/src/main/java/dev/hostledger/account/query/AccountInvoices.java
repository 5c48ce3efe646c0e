package dev.hostledger.account.query;

import dev.hostledger.contracts.Money;
import dev.hostledger.contracts.billing.CreditNoteIssued;
import dev.hostledger.contracts.billing.InvoiceDueDateExtended;
import dev.hostledger.contracts.billing.InvoiceIssued;
import dev.hostledger.contracts.billing.InvoiceLine;
import dev.hostledger.contracts.billing.InvoicePaid;
import dev.hostledger.contracts.billing.PaymentRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** account-service's copy of its accounts' invoices, kept from billing's published events. */
@Repository
public class AccountInvoices {

    public record KnownInvoice(String invoiceId, String accountId, Money open, String status) {
    }

    private final JdbcTemplate jdbc;

    public AccountInvoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of a known invoice that pays for a service; no period marks the service's first invoice. */
    public record ServiceLine(String serviceId, Instant periodStart) {
    }

    public void issued(InvoiceIssued event) {
        for (InvoiceLine line : event.lines()) {
            if (line.serviceId() != null) {
                jdbc.update("""
                                INSERT INTO account_invoice_line (invoice_id, service_id, period_start) VALUES (?, ?, ?)
                                ON CONFLICT DO NOTHING""",
                        event.invoiceId(), line.serviceId(),
                        line.periodStart() == null ? null : Timestamp.from(line.periodStart()));
            }
        }
        jdbc.update("""
                        INSERT INTO account_invoice (invoice_id, account_id, invoice_number, currency, total,
                                                     open_amount, status, due_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT (invoice_id) DO NOTHING""",
                event.invoiceId(), event.accountId(), event.invoiceNumber(), event.total().currency(),
                event.total().amount(), event.total().amount(), Timestamp.from(event.dueAt()));
    }

    public void paymentRecorded(PaymentRecorded event) {
        jdbc.update("UPDATE account_invoice SET open_amount = ? WHERE invoice_id = ?",
                event.openAfter().amount(), event.invoiceId());
    }

    public void paid(InvoicePaid event) {
        jdbc.update("UPDATE account_invoice SET status = 'PAID', open_amount = 0 WHERE invoice_id = ?",
                event.invoiceId());
    }

    public void credited(CreditNoteIssued event) {
        jdbc.update("UPDATE account_invoice SET status = 'CANCELLED', open_amount = 0 WHERE invoice_id = ?",
                event.invoiceId());
    }

    public void dueDateExtended(InvoiceDueDateExtended event) {
        jdbc.update("UPDATE account_invoice SET due_at = ? WHERE invoice_id = ?",
                Timestamp.from(event.dueAt()), event.invoiceId());
    }

    public List<ServiceLine> serviceLines(String invoiceId) {
        return jdbc.query("SELECT service_id, period_start FROM account_invoice_line WHERE invoice_id = ? ORDER BY 1",
                (rs, row) -> new ServiceLine(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()), invoiceId);
    }

    public Optional<KnownInvoice> find(String invoiceId) {
        return jdbc.query("SELECT invoice_id, account_id, currency, open_amount, status FROM account_invoice "
                        + "WHERE invoice_id = ?",
                (rs, row) -> new KnownInvoice(rs.getString("invoice_id"), rs.getString("account_id"),
                        new Money(rs.getBigDecimal("open_amount"), rs.getString("currency")), rs.getString("status")),
                invoiceId).stream().findFirst();
    }
}
