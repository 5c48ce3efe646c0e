package dev.hostledger.account.incident;

import dev.hostledger.contracts.billing.IncidentClosed;
import dev.hostledger.contracts.billing.IncidentOpened;
import dev.hostledger.kit.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** account-service's copy of billing's incidents (start, end), kept from the billing topic. */
@Repository
public class KnownIncidents {

    /** @param endedAt null while the incident is open */
    public record KnownIncident(String incidentId, Instant startedAt, Instant endedAt) {
    }

    private final JdbcTemplate jdbc;

    public KnownIncidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(IncidentOpened event) {
        jdbc.update("INSERT INTO known_incident (incident_id, title, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                event.incidentId(), event.title(), Timestamp.from(event.startedAt()));
    }

    public void closed(IncidentClosed event) {
        jdbc.update("UPDATE known_incident SET ended_at = ? WHERE incident_id = ?",
                Timestamp.from(event.endedAt()), event.incidentId());
    }

    public KnownIncident get(String incidentId) {
        return jdbc.query("SELECT incident_id, started_at, ended_at FROM known_incident WHERE incident_id = ?",
                        (rs, row) -> new KnownIncident(rs.getString(1), rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), incidentId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("incident", incidentId));
    }
}
