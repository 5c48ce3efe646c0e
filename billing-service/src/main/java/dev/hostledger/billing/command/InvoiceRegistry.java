package dev.hostledger.billing.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The facts an inbound payment is checked against (which account, which currency), written in the transaction
 * that issues the invoice, so a payment published a millisecond later already finds it.
 */
@Component
public class InvoiceRegistry {

    public record RegisteredInvoice(String invoiceId, String invoiceNumber, String accountId, String currency) {
    }

    private final JdbcTemplate jdbc;

    public InvoiceRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void register(RegisteredInvoice invoice, Instant issuedAt) {
        jdbc.update("""
                        INSERT INTO issued_invoice (invoice_id, invoice_number, account_id, currency, issued_at)
                        VALUES (?, ?, ?, ?, ?)""",
                invoice.invoiceId(), invoice.invoiceNumber(), invoice.accountId(), invoice.currency(),
                Timestamp.from(issuedAt));
    }

    public Optional<RegisteredInvoice> find(String invoiceId) {
        return jdbc.query("""
                        SELECT invoice_id, invoice_number, account_id, currency FROM issued_invoice
                        WHERE invoice_id = ?""",
                (rs, row) -> new RegisteredInvoice(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)),
                invoiceId).stream().findFirst();
    }
}
