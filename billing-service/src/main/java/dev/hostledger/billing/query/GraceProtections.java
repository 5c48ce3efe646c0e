package dev.hostledger.billing.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.billing.api.GraceProtection;
import dev.hostledger.contracts.billing.GraceScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which services the grace periods active at an instant protect. A window is active from its start until its end,
 * by the clock alone: protection never outlives the end, even if the end's own event is still to be recorded.
 */
@Component
public class GraceProtections {

    /** A window active at some instant. */
    public record ActiveWindow(String gracePeriodId, Instant endsAt, GraceScope scope) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public GraceProtections(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ActiveWindow> activeAt(Instant now) {
        return jdbc.query("""
                        SELECT grace_period_id, ends_at, scope FROM grace_period_view
                        WHERE status = 'DECLARED' AND starts_at <= ? AND ends_at > ? ORDER BY ends_at DESC""",
                (rs, row) -> new ActiveWindow(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        scope(rs.getString(3))),
                Timestamp.from(now), Timestamp.from(now));
    }

    /** The protected ones among an account's services, each by the window that protects it longest. */
    public Map<String, GraceProtection> protect(List<ActiveWindow> windows, String accountId,
                                                Collection<String> serviceIds) {
        Map<String, GraceProtection> protections = new HashMap<>();
        if (windows.isEmpty() || serviceIds.isEmpty()) {
            return protections;
        }
        Map<String, String> kinds = kindsOf(serviceIds);
        for (String serviceId : serviceIds) {
            windows.stream()
                    .filter(window -> window.scope().covers(accountId, kinds.get(serviceId)))
                    .max(Comparator.comparing(ActiveWindow::endsAt))
                    .ifPresent(window -> protections.put(serviceId,
                            new GraceProtection(window.gracePeriodId(), window.endsAt())));
        }
        return protections;
    }

    private Map<String, String> kindsOf(Collection<String> serviceIds) {
        Map<String, String> kinds = new HashMap<>();
        jdbc.query("SELECT service_id, kind FROM billed_service WHERE service_id = ANY (?)",
                rs -> {
                    kinds.put(rs.getString(1), rs.getString(2));
                }, (Object) serviceIds.toArray(String[]::new));
        return kinds;
    }

    private GraceScope scope(String value) {
        try {
            return json.readValue(value, GraceScope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
