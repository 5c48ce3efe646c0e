package dev.hostledger.billing.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.contracts.billing.GraceScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What grace enforcement has to look at, read from billing's own read models. */
@Component
public class GraceWork {

    /** An invoice's services in some suspension state. */
    public record InvoiceServices(String invoiceId, String accountId, List<String> serviceIds) {
    }

    /** A declared window whose end is near. */
    public record EndingWindow(String gracePeriodId, Instant endsAt, GraceScope scope) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public GraceWork(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<InvoiceServices> suspendedForNonPayment() {
        return byInvoice("""
                SELECT invoice_id, account_id, service_id FROM service_suspension_state
                WHERE state = 'SUSPENDED' ORDER BY invoice_id, service_id""");
    }

    /** Held-back suspensions of still unpaid invoices whose planned window end has passed, oldest first. */
    public List<InvoiceServices> heldBack() {
        return byInvoice("""
                SELECT s.invoice_id, s.account_id, s.service_id FROM service_suspension_state s
                JOIN invoice_view v ON v.invoice_id = s.invoice_id
                WHERE s.state = 'DEFERRED' AND v.status = 'OPEN'
                ORDER BY s.until, s.invoice_id, s.service_id""");
    }

    public List<EndingWindow> endingWithin(Instant now, Duration leadTime) {
        return jdbc.query("""
                        SELECT grace_period_id, ends_at, scope FROM grace_period_view
                        WHERE status = 'DECLARED' AND ends_at > ? AND ends_at <= ?""",
                (rs, row) -> new EndingWindow(rs.getString(1), rs.getTimestamp(2).toInstant(), scope(rs.getString(3))),
                Timestamp.from(now), Timestamp.from(now.plus(leadTime)));
    }

    public List<String> pastTheirEnd(Instant now) {
        return jdbc.queryForList("SELECT grace_period_id FROM grace_period_view WHERE status = 'DECLARED' AND ends_at <= ?",
                String.class, Timestamp.from(now));
    }

    /** Accounts in the window's scope with an unpaid invoice that were not yet told of its current end. */
    public List<String> affectedAccountsNotYetNoticed(EndingWindow window) {
        List<String> candidates = jdbc.queryForList("""
                        SELECT DISTINCT v.account_id FROM invoice_view v
                        WHERE v.status = 'OPEN' AND NOT EXISTS (
                            SELECT 1 FROM grace_notice n WHERE n.grace_period_id = ? AND n.account_id = v.account_id
                              AND n.ends_at = ?)
                        ORDER BY v.account_id""",
                String.class, window.gracePeriodId(), Timestamp.from(window.endsAt()));
        GraceScope scope = window.scope();
        if (scope.allAccounts()) {
            return candidates;
        }
        if (!scope.accountIds().isEmpty()) {
            return candidates.stream().filter(scope.accountIds()::contains).toList();
        }
        Set<String> withKind = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT account_id FROM billed_service WHERE kind = ANY (?) AND account_id = ANY (?)",
                String.class, scope.serviceKinds().toArray(String[]::new), candidates.toArray(String[]::new)));
        return candidates.stream().filter(withKind::contains).toList();
    }

    private List<InvoiceServices> byInvoice(String sql) {
        Map<String, InvoiceServices> invoices = new LinkedHashMap<>();
        Map<String, List<String>> services = new HashMap<>();
        jdbc.query(sql, rs -> {
            String invoiceId = rs.getString(1);
            List<String> ids = services.computeIfAbsent(invoiceId, id -> new ArrayList<>());
            ids.add(rs.getString(3));
            invoices.putIfAbsent(invoiceId, new InvoiceServices(invoiceId, rs.getString(2), ids));
        });
        return new ArrayList<>(invoices.values());
    }

    private GraceScope scope(String value) {
        try {
            return json.readValue(value, GraceScope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
