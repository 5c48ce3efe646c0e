package dev.hostledger.kit.ops.replay;

import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.ops.OperatorRuns;
import dev.hostledger.kit.ops.OpsProgress;
import dev.hostledger.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;
import java.util.Set;

/** Operators replay a projection and follow it; under /ops, so an operator credential is required. */
@RestController
public class ReplayOpsController {

    private final ProjectionReplays replays;
    private final OperatorRuns operatorRuns;

    public ReplayOpsController(ProjectionReplays replays, OperatorRuns operatorRuns) {
        this.replays = replays;
        this.operatorRuns = operatorRuns;
    }

    public record ReplayRequest(@NotBlank String processor, @NotBlank String reason) {
    }

    public record ReplayView(String id, String processor, String operator, String reason, OpsProgress.Phase phase,
                             long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds,
                             double elapsedSeconds, String error) {

        static ReplayView of(ProjectionReplays.Run run) {
            OpsProgress.View progress = run.progress().view();
            return new ReplayView(run.id(), run.processor(), run.operator(), run.reason(), progress.phase(),
                    progress.done(), progress.total(), progress.eventsPerSecond(), progress.etaSeconds(),
                    progress.elapsedSeconds(), run.error());
        }
    }

    @GetMapping("/ops/replays")
    public Set<String> replayable() {
        return replays.replayable();
    }

    @PostMapping("/ops/replays")
    public ResponseEntity<ReplayView> start(@Valid @RequestBody ReplayRequest request, Principal operator) {
        ProjectionReplays.Run run = replays.start(request.processor(), Actor.operator(operator.getName()),
                request.reason());
        return ResponseEntity.accepted().location(URI.create("/ops/replays/" + run.id())).body(ReplayView.of(run));
    }

    /** A run of this instance with live progress, else the record of a run another instance (or a past one) ran. */
    @GetMapping("/ops/replays/{id}")
    public Object get(@PathVariable String id) {
        return replays.find(id).<Object>map(ReplayView::of)
                .or(() -> operatorRuns.find(id).filter(run -> run.kind() == OperatorRuns.Kind.REPLAY))
                .orElseThrow(() -> new NotFoundException("replay", id));
    }
}
