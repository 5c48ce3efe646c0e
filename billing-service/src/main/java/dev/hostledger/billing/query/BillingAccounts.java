package dev.hostledger.billing.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Optional;

/** billing-service's own copy of the accounts it heard of on the account topic; never account-service's tables. */
@Repository
public class BillingAccounts {

    private final JdbcTemplate jdbc;

    public BillingAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(BillingAccount account) {
        jdbc.update("""
                        INSERT INTO billing_account (account_id, currency, time_zone, opened_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO NOTHING""",
                account.accountId(), account.currency(), account.timeZone(), Timestamp.from(account.openedAt()));
    }

    public Optional<BillingAccount> find(String accountId) {
        return jdbc.query("SELECT account_id, currency, time_zone, opened_at FROM billing_account WHERE account_id = ?",
                (rs, row) -> new BillingAccount(rs.getString("account_id"), rs.getString("currency"),
                        rs.getString("time_zone"), rs.getTimestamp("opened_at").toInstant()),
                accountId).stream().findFirst();
    }
}
