package dev.hostledger.notification.facts;

import dev.hostledger.contracts.billing.GraceScope;
import dev.hostledger.notification.query.Recipient;
import dev.hostledger.notification.query.Recipients;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Each account's services, from the account topic: the plan a message names, and the kind a grace period's scope may
 * select. A provider-wide event names no account; this is how notification-service finds whom it concerns.
 */
@Repository
public class AccountServices {

    private final JdbcTemplate jdbc;

    public AccountServices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void ordered(String serviceId, String accountId, String kind, String plan) {
        jdbc.update("""
                        INSERT INTO account_service (service_id, account_id, kind, plan) VALUES (?, ?, ?, ?)
                        ON CONFLICT (service_id) DO NOTHING""",
                serviceId, accountId, kind, plan);
    }

    public void terminated(String serviceId, Instant at) {
        jdbc.update("UPDATE account_service SET terminated_at = ? WHERE service_id = ?", Timestamp.from(at),
                serviceId);
    }

    /** The plan customers know the service by; its id when the order was not seen. */
    public String planOf(String serviceId) {
        return jdbc.queryForList("SELECT plan FROM account_service WHERE service_id = ?", String.class, serviceId)
                .stream().findFirst().orElse(serviceId);
    }

    /**
     * The known accounts a grace period protects: all, the listed ones, or those with a service of a listed kind that
     * is not terminated (a terminated service has nothing left to protect).
     */
    public List<Recipient> inScope(GraceScope scope) {
        if (scope.allAccounts()) {
            return jdbc.query("SELECT " + Recipients.COLUMNS + " FROM recipient r ORDER BY r.account_id",
                    Recipients.ROWS);
        }
        if (!scope.accountIds().isEmpty()) {
            return jdbc.query("SELECT " + Recipients.COLUMNS + " FROM recipient r WHERE r.account_id = ANY (?)"
                    + " ORDER BY r.account_id", Recipients.ROWS,
                    (Object) scope.accountIds().toArray(String[]::new));
        }
        return jdbc.query("SELECT " + Recipients.COLUMNS + " FROM recipient r WHERE EXISTS (SELECT 1 FROM"
                        + " account_service s WHERE s.account_id = r.account_id AND s.kind = ANY (?)"
                        + " AND s.terminated_at IS NULL) ORDER BY r.account_id", Recipients.ROWS,
                (Object) scope.serviceKinds().toArray(String[]::new));
    }
}
