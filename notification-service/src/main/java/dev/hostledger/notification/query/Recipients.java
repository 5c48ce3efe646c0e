package dev.hostledger.notification.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** notification-service's own copy of contact details, kept from the account topic. */
@Repository
public class Recipients {

    /** The columns of {@code recipient r}, for queries elsewhere that select recipients by other facts. */
    public static final String COLUMNS = "r.account_id, r.email, r.name, r.time_zone, r.currency";
    public static final RowMapper<Recipient> ROWS = (rs, row) -> new Recipient(rs.getString("account_id"),
            rs.getString("email"), rs.getString("name"), rs.getString("time_zone"), rs.getString("currency"));

    private final JdbcTemplate jdbc;

    public Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(Recipient recipient) {
        jdbc.update("""
                        INSERT INTO recipient (account_id, email, name, time_zone, currency) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE
                        SET email = excluded.email, name = excluded.name, time_zone = excluded.time_zone,
                            currency = excluded.currency""",
                recipient.accountId(), recipient.email(), recipient.name(), recipient.timeZone(),
                recipient.currency());
    }

    public Optional<Recipient> find(String accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM recipient r WHERE r.account_id = ?", ROWS, accountId).stream()
                .findFirst();
    }
}
