package dev.hostledger.kit.integrity;

import dev.hostledger.kit.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Operators start a verify run and follow it. Under /ops, so an operator credential is required. */
@RestController
public class VerifyOpsController {

    private final VerifyRuns runs;

    public VerifyOpsController(VerifyRuns runs) {
        this.runs = runs;
    }

    public record RunView(String id, VerifyProgress.Phase phase, long eventsChecked, long eventsTotal,
                          Boolean clean, IntegrityReport report, String error) {

        static RunView of(VerifyRuns.Run run) {
            VerifyProgress progress = run.progress();
            return new RunView(run.id(), progress.phase(), progress.events(), progress.eventsTotal(),
                    run.report() == null ? null : run.report().clean(), run.report(), run.error());
        }
    }

    @PostMapping("/ops/verify")
    public ResponseEntity<RunView> start() {
        VerifyRuns.Run run = runs.start();
        return ResponseEntity.accepted().location(URI.create("/ops/verify/" + run.id())).body(RunView.of(run));
    }

    @GetMapping("/ops/verify/{id}")
    public RunView get(@PathVariable String id) {
        return RunView.of(runs.find(id).orElseThrow(() -> new NotFoundException("verify run", id)));
    }
}
