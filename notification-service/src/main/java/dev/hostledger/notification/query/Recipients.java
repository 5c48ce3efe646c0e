package dev.hostledger.notification.query;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** notification-service's own copy of contact details, kept from the account topic. */
@Repository
public class Recipients {

    private final JdbcTemplate jdbc;

    public Recipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(Recipient recipient) {
        jdbc.update("""
                        INSERT INTO recipient (account_id, email, name, time_zone) VALUES (?, ?, ?, ?)
                        ON CONFLICT (account_id) DO UPDATE
                        SET email = excluded.email, name = excluded.name, time_zone = excluded.time_zone""",
                recipient.accountId(), recipient.email(), recipient.name(), recipient.timeZone());
    }
}
