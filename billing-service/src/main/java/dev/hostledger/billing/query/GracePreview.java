package dev.hostledger.billing.query;

import dev.hostledger.contracts.billing.GraceScope;
import dev.hostledger.billing.config.DunningPolicy;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.web.NotFoundException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who would be suspended when a grace period ends, if nobody paid from now on: the services in its scope that are
 * suspended or held back for non-payment now, and those whose suspension deadline falls before its end. Reads only.
 */
@Component
public class GracePreview {

    public record Suspension(String accountId, String invoiceId, String invoiceNumber, String serviceId, Money open) {
    }

    public record Preview(String gracePeriodId, Instant endsAt, int services, int accounts, int invoices,
                          Map<String, BigDecimal> openByCurrency, List<Suspension> suspensions) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final DunningPolicy policy;

    public GracePreview(JdbcTemplate jdbc, ObjectMapper json, DunningPolicy policy) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
    }

    public Preview of(String gracePeriodId) {
        Map<String, Object> window = jdbc.queryForList(
                        "SELECT ends_at, scope FROM grace_period_view WHERE grace_period_id = ?", gracePeriodId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("grace period", gracePeriodId));
        Instant endsAt = ((Timestamp) window.get("ends_at")).toInstant();
        GraceScope scope = scope(window.get("scope").toString());
        // A suspension deadline before the end: due_at + suspension delay < end, i.e. due_at < end - delay.
        Instant dueBefore = endsAt.minus(policy.suspensionAfterDue());
        List<Suspension> suspensions = jdbc.query("""
                        SELECT v.account_id, v.invoice_id, v.invoice_number, x.service_id, v.open_amount, v.currency,
                               b.kind
                        FROM invoice_view v
                        JOIN (
                            SELECT invoice_id, service_id FROM service_suspension_state
                            UNION
                            SELECT d.invoice_id, jsonb_array_elements_text(d.service_ids)
                            FROM dunning_schedule d
                            WHERE d.next_step IN ('REMINDER', 'OVERDUE', 'SUSPENSION_WARNING', 'SUSPENSION')
                              AND d.due_at < ?
                        ) x ON x.invoice_id = v.invoice_id
                        LEFT JOIN billed_service b ON b.service_id = x.service_id
                        WHERE v.status = 'OPEN'""",
                        (rs, row) -> scope.covers(rs.getString(1), rs.getString(7))
                                ? new Suspension(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                new Money(rs.getBigDecimal(5), rs.getString(6))) : null,
                        Timestamp.from(dueBefore)).stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Suspension::accountId).thenComparing(Suspension::invoiceId)
                        .thenComparing(Suspension::serviceId))
                .toList();
        Map<String, Suspension> byInvoice = suspensions.stream()
                .collect(Collectors.toMap(Suspension::invoiceId, s -> s, (a, b) -> a));
        Map<String, BigDecimal> open = new TreeMap<>();
        byInvoice.values().forEach(s -> open.merge(s.open().currency(), s.open().amount(), BigDecimal::add));
        Set<String> accounts = suspensions.stream().map(Suspension::accountId).collect(Collectors.toSet());
        return new Preview(gracePeriodId, endsAt, suspensions.size(), accounts.size(), byInvoice.size(), open,
                suspensions);
    }

    private GraceScope scope(String value) {
        try {
            return json.readValue(value, GraceScope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
