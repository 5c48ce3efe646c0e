package dev.hostledger.kit.consume;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.kit.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/** Operators list the records this service refused and re-drive one after correcting it or its cause. */
@RestController
public class DeadLetterOpsController {

    private final JdbcTemplate jdbc;
    private final DeadLetterRedrive redrive;
    private final ObjectMapper json;

    public DeadLetterOpsController(JdbcTemplate jdbc, DeadLetterRedrive redrive, ObjectMapper json) {
        this.jdbc = jdbc;
        this.redrive = redrive;
        this.json = json;
    }

    /** @param record the corrected CloudEvent (JSON), or absent to re-drive the record as it was */
    public record RedriveRequest(@NotBlank String reason, Map<String, Object> record) {
    }

    @GetMapping("/ops/dead-letters")
    public List<Map<String, Object>> list(@RequestParam(defaultValue = "OPEN") String status) {
        return jdbc.queryForList("""
                SELECT id, consumer, topic, partition_no AS partition, record_offset AS "offset",
                       record_key AS key, reason, dead_lettered_at AS "deadLetteredAt", status,
                       convert_from(record_value, 'UTF8') AS record, redriven_at AS "redrivenAt",
                       redriven_by AS "redrivenBy", redrive_reason AS "redriveReason"
                FROM dead_lettered_record WHERE status = ? ORDER BY id""", status);
    }

    @PostMapping("/ops/dead-letters/{id}/redrive")
    public ResponseEntity<?> redrive(@PathVariable long id, @Valid @RequestBody RedriveRequest request,
                                     Principal operator) throws Exception {
        byte[] corrected = request.record() == null ? null
                : json.writeValueAsString(request.record()).getBytes(StandardCharsets.UTF_8);
        DeadLetterRedrive.Outcome outcome =
                redrive.redrive(id, corrected, Actor.operator(operator.getName()), request.reason());
        if (outcome.applied()) {
            return ResponseEntity.ok(outcome);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, outcome.reason());
        problem.setTitle("Still refused");
        problem.setProperty("deadLetterId", id);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
