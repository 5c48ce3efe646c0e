package dev.hostledger.billing.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers for legal documents (invoices, credit notes). The counter row is incremented in the transaction
 * that stores the document, and stays locked until it commits: concurrent issuers queue, a rollback gives the
 * number back, and nothing can be skipped or used twice, across restarts too.
 */
@Component
public class DocumentNumbers {

    private final JdbcTemplate jdbc;

    public DocumentNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of {@code series}, formatted {@code <series>-000123}. Needs the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String series) {
        Long number = jdbc.queryForObject("""
                INSERT INTO document_number_series (series, last_number) VALUES (?, 1)
                ON CONFLICT (series) DO UPDATE SET last_number = document_number_series.last_number + 1
                RETURNING last_number""", Long.class, series);
        return "%s-%06d".formatted(series, number);
    }
}
