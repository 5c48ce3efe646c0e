package dev.hostledger.billing.web;

import dev.hostledger.billing.api.CancelGracePeriod;
import dev.hostledger.billing.api.DeclareGracePeriod;
import dev.hostledger.billing.api.EndGracePeriod;
import dev.hostledger.billing.api.ExtendGracePeriod;
import dev.hostledger.contracts.billing.GraceScope;
import dev.hostledger.billing.query.GracePreview;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operators declare, extend, end, cancel and preview grace periods; every call names its reason. */
@RestController
public class GracePeriodOpsController {

    private final ActingCommandGateway commands;
    private final GracePreview preview;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public GracePeriodOpsController(ActingCommandGateway commands, GracePreview preview, JdbcTemplate jdbc,
                                    Clock clock) {
        this.commands = commands;
        this.preview = preview;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param startsAt when protection starts; now when absent; in the past to backdate it to an outage's start
     * @param endsAt   when it ends; or give {@code hours} instead: that many hours from now ("72 hours from now")
     * @param scope    exactly one of {"allAccounts": true}, {"accountIds": [...]}, {"serviceKinds": ["DEDICATED"]}
     */
    public record DeclareRequest(String gracePeriodId, Instant startsAt, Instant endsAt, @Positive Integer hours,
                                 @NotNull @Valid GraceScope scope, @NotBlank String reason, String incidentId) {
    }

    /** @param endsAt the new end; or {@code hours}: that many hours added to the current end */
    public record ExtendRequest(Instant endsAt, @Positive Integer hours, @NotBlank String reason) {
    }

    public record ReasonRequest(@NotBlank String reason) {
    }

    @PostMapping("/ops/grace-periods")
    public ResponseEntity<Map<String, Object>> declare(@Valid @RequestBody DeclareRequest request,
                                                       Principal operator, UriComponentsBuilder uris) {
        Instant now = clock.instant();
        Instant endsAt = request.endsAt() != null ? request.endsAt()
                : request.hours() != null ? now.plus(Duration.ofHours(request.hours())) : null;
        if (endsAt == null) {
            throw new IllegalArgumentException("give endsAt or hours");
        }
        String id = request.gracePeriodId() == null ? UUID.randomUUID().toString() : request.gracePeriodId();
        commands.sendAndWait(new DeclareGracePeriod(id, request.startsAt() == null ? now : request.startsAt(), endsAt,
                request.scope(), request.reason(), request.incidentId()), Actor.operator(operator.getName()),
                request.reason());
        return ResponseEntity.created(uris.path("/ops/grace-periods/{id}").build(id))
                .body(Map.of("gracePeriodId", id, "endsAt", endsAt));
    }

    @PostMapping("/ops/grace-periods/{id}/extension")
    public Map<String, Object> extend(@PathVariable String id, @Valid @RequestBody ExtendRequest request,
                                      Principal operator) {
        Instant current = (Instant) get(id).get("endsAt");
        Instant endsAt = request.endsAt() != null ? request.endsAt()
                : request.hours() != null ? current.plus(Duration.ofHours(request.hours())) : null;
        if (endsAt == null) {
            throw new IllegalArgumentException("give endsAt or hours");
        }
        commands.sendAndWait(new ExtendGracePeriod(id, endsAt, request.reason()), Actor.operator(operator.getName()),
                request.reason());
        return Map.of("gracePeriodId", id, "endsAt", endsAt);
    }

    @PostMapping("/ops/grace-periods/{id}/end")
    public Map<String, Object> end(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                   Principal operator) {
        get(id);
        commands.sendAndWait(new EndGracePeriod(id, request.reason(), false), Actor.operator(operator.getName()),
                request.reason());
        return Map.of("gracePeriodId", id);
    }

    @PostMapping("/ops/grace-periods/{id}/cancellation")
    public Map<String, Object> cancel(@PathVariable String id, @Valid @RequestBody ReasonRequest request,
                                      Principal operator) {
        get(id);
        commands.sendAndWait(new CancelGracePeriod(id, request.reason()), Actor.operator(operator.getName()),
                request.reason());
        return Map.of("gracePeriodId", id);
    }

    @GetMapping("/ops/grace-periods")
    public List<Map<String, Object>> list() {
        return jdbc.queryForList(SELECT + " ORDER BY declared_at");
    }

    /** The window with how many notices it gave and how many suspensions it holds back right now. */
    @GetMapping("/ops/grace-periods/{id}")
    public Map<String, Object> get(@PathVariable String id) {
        Map<String, Object> window = jdbc.queryForList(SELECT + " WHERE grace_period_id = ?", id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("grace period", id));
        window.put("endsAt", ((Timestamp) window.get("endsAt")).toInstant());
        window.put("notices", jdbc.queryForObject(
                "SELECT count(*) FROM grace_notice WHERE grace_period_id = ?", Long.class, id));
        window.put("heldBack", jdbc.queryForObject("""
                SELECT count(*) FROM service_suspension_state WHERE grace_period_id = ? AND state = 'DEFERRED'""",
                Long.class, id));
        return window;
    }

    /** Who would be suspended at the end if nobody paid from now on. No side effect. */
    @GetMapping("/ops/grace-periods/{id}/preview")
    public GracePreview.Preview preview(@PathVariable String id) {
        return preview.of(id);
    }

    private static final String SELECT = """
            SELECT grace_period_id AS "gracePeriodId", starts_at AS "startsAt", ends_at AS "endsAt",
                   scope::text AS scope, reason, incident_id AS "incidentId", status, declared_at AS "declaredAt",
                   ended_at AS "endedAt"
            FROM grace_period_view""";
}
