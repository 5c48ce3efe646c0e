package dev.hostledger.account.query;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.CompensationCredited;
import dev.hostledger.account.api.FundsAdded;
import dev.hostledger.account.api.FundsApplied;
import dev.hostledger.account.api.OverpaymentCredited;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.integrity.VerifiableProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The support agent's view of an account and its funds, rebuilt from events on replay. */
@Component
@ProcessingGroup("account-summary")
public class AccountSummaryProjection implements VerifiableProjection {

    private final JdbcTemplate jdbc;

    public AccountSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AccountOpened event) {
        jdbc.update("""
                        INSERT INTO account_summary (account_id, name, email, time_zone, currency, opened_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO NOTHING""",
                event.accountId(), event.name(), event.email(), event.timeZone(), event.currency(),
                Timestamp.from(event.openedAt()));
    }

    @EventHandler
    void on(FundsAdded event) {
        move(event.accountId(), "TOP_UP", event.fundsId(), event.amount().amount(), event.balanceAfter(), null,
                event.reason(), event.addedAt());
    }

    @EventHandler
    void on(FundsApplied event) {
        move(event.accountId(), "APPLIED_TO_INVOICE", event.applicationId(), event.amount().amount().negate(),
                event.balanceAfter(), event.invoiceId(), null, event.appliedAt());
    }

    @EventHandler
    void on(OverpaymentCredited event) {
        move(event.accountId(), "OVERPAYMENT", event.paymentId(), event.amount().amount(), event.balanceAfter(),
                event.invoiceId(), null, event.creditedAt());
    }

    @EventHandler
    void on(CompensationCredited event) {
        move(event.accountId(), "COMPENSATION", event.compensationId(), event.amount().amount(),
                event.balanceAfter(), null, event.reason(), event.creditedAt());
    }

    private void move(String accountId, String kind, String operationId, BigDecimal amount, Money balanceAfter,
                      String invoiceId, String reason, Instant at) {
        jdbc.update("""
                        INSERT INTO funds_movement (account_id, kind, operation_id, amount, balance_after, invoice_id,
                                                    reason, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                accountId, kind, operationId, amount, balanceAfter.amount(), invoiceId, reason, Timestamp.from(at));
        jdbc.update("UPDATE account_summary SET balance = ? WHERE account_id = ?", balanceAfter.amount(), accountId);
    }

    @Override
    public String processingGroup() {
        return "account-summary";
    }

    @Override
    public List<String> tables() {
        return List.of("account_summary", "funds_movement");
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE account_summary, funds_movement");
    }

    public Optional<AccountSummary> find(String accountId) {
        return jdbc.query("""
                        SELECT account_id, name, email, time_zone, currency, opened_at, balance
                        FROM account_summary WHERE account_id = ?""",
                (rs, row) -> new AccountSummary(rs.getString("account_id"), rs.getString("name"),
                        rs.getString("email"), rs.getString("time_zone"), rs.getString("currency"),
                        rs.getTimestamp("opened_at").toInstant(),
                        new Money(rs.getBigDecimal("balance"), rs.getString("currency")),
                        openInvoices(accountId)),
                accountId).stream().findFirst();
    }

    public Optional<Money> balance(String accountId) {
        return jdbc.query("SELECT balance, currency FROM account_summary WHERE account_id = ?",
                (rs, row) -> new Money(rs.getBigDecimal("balance"), rs.getString("currency")), accountId)
                .stream().findFirst();
    }

    public List<Map<String, Object>> fundsMovements(String accountId) {
        return jdbc.queryForList("""
                SELECT kind, operation_id AS "operationId", amount, balance_after AS "balanceAfter",
                       invoice_id AS "invoiceId", reason, occurred_at AS "occurredAt"
                FROM funds_movement WHERE account_id = ? ORDER BY occurred_at, operation_id""", accountId);
    }

    private List<AccountSummary.OpenInvoice> openInvoices(String accountId) {
        return jdbc.query("""
                        SELECT invoice_id, invoice_number, currency, total, open_amount, due_at FROM account_invoice
                        WHERE account_id = ? AND status = 'OPEN' ORDER BY due_at, invoice_number""",
                (rs, row) -> new AccountSummary.OpenInvoice(rs.getString("invoice_id"), rs.getString("invoice_number"),
                        new Money(rs.getBigDecimal("total"), rs.getString("currency")),
                        new Money(rs.getBigDecimal("open_amount"), rs.getString("currency")),
                        rs.getTimestamp("due_at").toInstant()),
                accountId);
    }
}
