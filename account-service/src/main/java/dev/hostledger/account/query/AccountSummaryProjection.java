package dev.hostledger.account.query;

import dev.hostledger.account.api.AccountOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/** The support agent's view of an account, rebuilt from events on replay. */
@Component
@ProcessingGroup("account-summary")
public class AccountSummaryProjection {

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

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM account_summary");
    }

    public Optional<AccountSummary> find(String accountId) {
        return jdbc.query("""
                        SELECT account_id, name, email, time_zone, currency, opened_at
                        FROM account_summary WHERE account_id = ?""",
                (rs, row) -> new AccountSummary(rs.getString("account_id"), rs.getString("name"),
                        rs.getString("email"), rs.getString("time_zone"), rs.getString("currency"),
                        rs.getTimestamp("opened_at").toInstant()),
                accountId).stream().findFirst();
    }
}
