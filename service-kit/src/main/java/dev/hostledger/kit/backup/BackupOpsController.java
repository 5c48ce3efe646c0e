package dev.hostledger.kit.backup;

import dev.hostledger.kit.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

/**
 * Operators back up, restore and drill; each call starts a run in the background (202) that
 * {@code GET /ops/backup-runs/{id}} follows. Under /ops, so an operator credential is required; the operator's name
 * and the required reason go into the audit row.
 */
@RestController
public class BackupOpsController {

    private final BackupOperations operations;
    private final BackupRuns runs;

    public BackupOpsController(BackupOperations operations, BackupRuns runs) {
        this.operations = operations;
        this.runs = runs;
    }

    public record BackupRequest(String reason) {
    }

    /** @param archive a file name in the archive directory; {@code upTo} restores only what happened until then */
    public record RestoreRequest(String reason, String archive, Instant upTo) {
    }

    /** @param archive a file name in the archive directory, or absent to drill a backup made now */
    public record DrillRequest(String reason, String archive) {
    }

    public record RunView(String id, String action, BackupProgress.Phase phase, long events, long eventsTotal,
                          Object result, String error) {

        static RunView of(BackupRuns.Run run) {
            BackupProgress progress = run.progress();
            return new RunView(run.id(), run.action(), progress.phase(), progress.events(), progress.eventsTotal(),
                    run.result(), run.error());
        }
    }

    @PostMapping("/ops/backup")
    public ResponseEntity<RunView> backup(@RequestBody BackupRequest request, Principal operator) {
        requireReason(request.reason());
        return started(runs.start("BACKUP", progress -> operations.backup(operator.getName(), request.reason(),
                progress)));
    }

    @PostMapping("/ops/restore")
    public ResponseEntity<RunView> restore(@RequestBody RestoreRequest request, Principal operator) {
        requireReason(request.reason());
        operations.resolve(request.archive());
        return started(runs.start("RESTORE", progress -> operations.restore(request.archive(), request.upTo(),
                operator.getName(), request.reason(), progress)));
    }

    @PostMapping("/ops/restore-drill")
    public ResponseEntity<RunView> drill(@RequestBody DrillRequest request, Principal operator) {
        requireReason(request.reason());
        if (request.archive() != null) {
            operations.resolve(request.archive());
        }
        return started(runs.start("DRILL", progress -> operations.drill(request.archive(), operator.getName(),
                request.reason(), progress)));
    }

    @GetMapping("/ops/backup-runs/{id}")
    public RunView get(@PathVariable String id) {
        return RunView.of(runs.find(id).orElseThrow(() -> new NotFoundException("backup run", id)));
    }

    private static ResponseEntity<RunView> started(BackupRuns.Run run) {
        return ResponseEntity.accepted().location(URI.create("/ops/backup-runs/" + run.id())).body(RunView.of(run));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
    }
}
