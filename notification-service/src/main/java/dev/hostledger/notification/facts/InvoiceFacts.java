package dev.hostledger.notification.facts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * What notification-service knows of an invoice, from billing's topic: the number customers know it by, and whether
 * it was settled (paid, or cancelled by a credit note). Events may arrive for an invoice whose issue this service
 * has not seen (a re-driven record, history read from a later offset), so every write is an upsert.
 */
@Repository
public class InvoiceFacts {

    private final JdbcTemplate jdbc;

    public InvoiceFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record InvoiceFact(String invoiceId, String invoiceNumber, String settledBy, Instant settledAt) {
    }

    public void issued(String invoiceId, String accountId, String invoiceNumber) {
        jdbc.update("""
                        INSERT INTO invoice_fact (invoice_id, account_id, invoice_number) VALUES (?, ?, ?)
                        ON CONFLICT (invoice_id) DO UPDATE SET invoice_number = excluded.invoice_number""",
                invoiceId, accountId, invoiceNumber);
    }

    /** The first settlement is kept: an invoice paid and later credited was already settled by the payment. */
    public void settled(String invoiceId, String accountId, String how, Instant at) {
        jdbc.update("""
                        INSERT INTO invoice_fact (invoice_id, account_id, settled_by, settled_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (invoice_id) DO UPDATE SET settled_by = excluded.settled_by,
                                                               settled_at = excluded.settled_at
                        WHERE invoice_fact.settled_by IS NULL""",
                invoiceId, accountId, how, Timestamp.from(at));
    }

    public Optional<InvoiceFact> find(String invoiceId) {
        return jdbc.query("""
                        SELECT invoice_id, invoice_number, settled_by, settled_at FROM invoice_fact
                        WHERE invoice_id = ?""",
                (rs, row) -> new InvoiceFact(rs.getString("invoice_id"), rs.getString("invoice_number"),
                        rs.getString("settled_by"), rs.getTimestamp("settled_at") == null ? null
                        : rs.getTimestamp("settled_at").toInstant()), invoiceId).stream().findFirst();
    }

    /** The number to show; the id when the issue was not seen (better an id than nothing). */
    public String numberOf(String invoiceId) {
        return find(invoiceId).map(InvoiceFact::invoiceNumber).orElse(invoiceId);
    }
}
