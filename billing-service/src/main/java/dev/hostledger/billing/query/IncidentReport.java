package dev.hostledger.billing.query;

import dev.hostledger.kit.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The post-mortem's numbers for one incident, from billing's events and what it heard from the other services. */
@Component
public class IncidentReport {

    public record Report(Map<String, Object> incident, List<String> gracePeriods, long servicesProtected,
                         long suspensionsDeferred, long suspensionsLaterExecuted, long suspensionsAvoidedByPayment,
                         long suspensionsReversedByBackdating, long noticesDue, long noticesSent,
                         long renewalsExtended, long compensations, Map<String, BigDecimal> compensationTotal) {
    }

    private static final String WINDOWS = "SELECT grace_period_id FROM incident_window WHERE incident_id = ?";

    private final JdbcTemplate jdbc;

    public IncidentReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Report of(String incidentId) {
        Map<String, Object> incident = jdbc.queryForList("""
                        SELECT incident_id AS "incidentId", title, description, started_at AS "startedAt",
                               ended_at AS "endedAt", status FROM incident_view WHERE incident_id = ?""", incidentId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("incident", incidentId));
        Map<String, BigDecimal> total = new TreeMap<>();
        jdbc.query("SELECT currency, sum(amount) FROM incident_compensation WHERE incident_id = ? GROUP BY currency",
                rs -> {
                    total.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros().setScale(2));
                }, incidentId);
        return new Report(incident, jdbc.queryForList(WINDOWS + " ORDER BY 1", String.class, incidentId),
                count("SELECT count(DISTINCT service_id) FROM incident_deferral WHERE grace_period_id IN (" + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_deferral WHERE grace_period_id IN (" + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_deferral WHERE outcome = 'EXECUTED' AND grace_period_id IN ("
                        + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_deferral WHERE outcome = 'AVOIDED_BY_PAYMENT' AND grace_period_id IN ("
                        + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_release WHERE grace_period_id IN (" + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_notice WHERE grace_period_id IN (" + WINDOWS + ")", incidentId),
                count("""
                        SELECT count(*) FROM incident_notice n JOIN notification_sent_fact s ON s.source_event_id = n.event_id
                        WHERE n.grace_period_id IN (""" + WINDOWS + ")", incidentId),
                count("SELECT count(*) FROM incident_renewal_extension WHERE incident_id = ?", incidentId),
                count("SELECT count(*) FROM incident_compensation WHERE incident_id = ?", incidentId),
                total);
    }

    private long count(String sql, String incidentId) {
        return jdbc.queryForObject(sql, Long.class, incidentId);
    }
}
