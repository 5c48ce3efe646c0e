package dev.hostledger.account.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * A service's own events as stored, oldest first, with who did what and why: the event log is the record, so the
 * answer comes from it rather than from a read model that could have lost a detail.
 */
@Component
public class ServiceHistory {

    public record Entry(long sequenceNumber, String event, Instant storedAt, String actorType, String actorId,
                        String reason, JsonNode data) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ServiceHistory(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Entry> of(String serviceId) {
        return jdbc.query("""
                        SELECT sequence_number, payload_type, time_stamp, payload, meta_data FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND type = 'HostedService' ORDER BY sequence_number""",
                (rs, row) -> {
                    JsonNode meta = read(rs.getBytes("meta_data"));
                    String type = rs.getString("payload_type");
                    return new Entry(rs.getLong("sequence_number"), type.substring(type.lastIndexOf('.') + 1),
                            Instant.parse(rs.getString("time_stamp")), text(meta, "actorType"), text(meta, "actorId"),
                            text(meta, "reason"), read(rs.getBytes("payload")));
                }, serviceId);
    }

    private JsonNode read(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
