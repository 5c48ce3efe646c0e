package dev.hostledger.kit.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** What this service's event store holds and how far each processor has read it. Operators only. */
@RestController
public class EventStoreOpsController {

    private final JdbcTemplate jdbc;

    public EventStoreOpsController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record EventStoreSummary(long events, long aggregates, Long headGlobalIndex,
                                    List<Map<String, Object>> eventsByType, List<Map<String, Object>> processors) {
    }

    @GetMapping("/ops/event-store")
    public EventStoreSummary summary() {
        Map<String, Object> totals = jdbc.queryForMap("""
                SELECT count(*) AS events, count(DISTINCT aggregate_identifier) AS aggregates,
                       max(global_index) AS head FROM domain_event_entry""");
        List<Map<String, Object>> byType = jdbc.queryForList("""
                SELECT payload_type AS type, count(*) AS events FROM domain_event_entry
                GROUP BY payload_type ORDER BY payload_type""");
        List<Map<String, Object>> processors = jdbc.queryForList("""
                SELECT processor_name AS processor, segment, owner, timestamp AS claimed_at,
                       convert_from(token, 'UTF8') AS token
                FROM token_entry ORDER BY processor_name, segment""");
        return new EventStoreSummary(((Number) totals.get("events")).longValue(),
                ((Number) totals.get("aggregates")).longValue(),
                totals.get("head") == null ? null : ((Number) totals.get("head")).longValue(), byType, processors);
    }
}
