package dev.hostledger.account.incident;

import dev.hostledger.account.api.ExtendRenewalDate;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gives the services whose delivery an incident delayed (ordered before or during it, delivered after its start)
 * extra time on their renewal date, on top of the date counted from delivery. Once per service and incident: a second
 * run changes nothing. A dry run lists the services and their new dates and changes nothing.
 */
@Component
public class RenewalExtensions {

    public record Extension(String serviceId, String accountId, Instant orderedAt, Instant deliveredAt,
                            Instant renewalAt, Instant newRenewalAt, boolean applied) {
    }

    private final KnownIncidents incidents;
    private final JdbcTemplate jdbc;
    private final ActingCommandGateway commands;
    private final Clock clock;

    public RenewalExtensions(KnownIncidents incidents, JdbcTemplate jdbc, ActingCommandGateway commands, Clock clock) {
        this.incidents = incidents;
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    public List<Extension> extend(String incidentId, Duration extension, boolean dryRun, Actor operator,
                                  String reason) {
        KnownIncidents.KnownIncident incident = incidents.get(incidentId);
        Instant orderedBy = incident.endedAt() == null ? clock.instant() : incident.endedAt();
        // Services this incident already extended are left out: a second run lists and changes nothing.
        List<Extension> delayed = jdbc.query("""
                        SELECT s.service_id, s.account_id, s.ordered_at, s.delivered_at, s.renewal_at
                        FROM hosted_service_view s
                        WHERE s.ordered_at <= ? AND s.delivered_at > ? AND s.renewal_at IS NOT NULL
                          AND s.status <> 'TERMINATED'
                          AND NOT EXISTS (
                              SELECT 1 FROM domain_event_entry e
                              WHERE e.aggregate_identifier = s.service_id
                                AND e.payload_type = 'dev.hostledger.account.api.RenewalDateExtended'
                                AND convert_from(e.payload, 'UTF8')::jsonb ->> 'incidentId' = ?)
                        ORDER BY s.account_id, s.service_id""",
                (rs, row) -> new Extension(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(5).toInstant().plus(extension), false),
                Timestamp.from(orderedBy), Timestamp.from(incident.startedAt()), incidentId);
        if (dryRun) {
            return delayed;
        }
        return delayed.stream().map(service -> {
            Boolean applied = commands.sendAndWait(new ExtendRenewalDate(service.serviceId(), incidentId, extension,
                    reason), operator, reason);
            return new Extension(service.serviceId(), service.accountId(), service.orderedAt(), service.deliveredAt(),
                    service.renewalAt(), service.newRenewalAt(), Boolean.TRUE.equals(applied));
        }).toList();
    }
}
