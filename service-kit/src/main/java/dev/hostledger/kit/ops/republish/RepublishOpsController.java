package dev.hostledger.kit.ops.republish;

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
import java.time.Instant;

/** Operators send a range of stored events to Kafka again and follow it; operator credential required. */
@RestController
public class RepublishOpsController {

    private final Republisher republisher;
    private final OperatorRuns operatorRuns;

    public RepublishOpsController(Republisher republisher, OperatorRuns operatorRuns) {
        this.republisher = republisher;
        this.operatorRuns = operatorRuns;
    }

    public record RepublishRequest(Long fromGlobalIndex, Long toGlobalIndex, Instant from, Instant to,
                                   @NotBlank String reason) {
    }

    public record RepublishView(String id, String range, String operator, String reason, OpsProgress.Phase phase,
                                long eventsDone, long eventsTotal, long recordsSent, double eventsPerSecond,
                                Long etaSeconds, String error) {

        static RepublishView of(Republisher.Run run) {
            OpsProgress.View progress = run.progress().view();
            return new RepublishView(run.id(), run.range(), run.operator(), run.reason(), progress.phase(),
                    progress.done(), progress.total(), run.recordsSent().get(), progress.eventsPerSecond(),
                    progress.etaSeconds(), run.error());
        }
    }

    @PostMapping("/ops/republish")
    public ResponseEntity<RepublishView> start(@Valid @RequestBody RepublishRequest request, Principal operator) {
        RepublishRange range = new RepublishRange(request.fromGlobalIndex(), request.toGlobalIndex(), request.from(),
                request.to());
        Republisher.Run run = republisher.start(range, Actor.operator(operator.getName()), request.reason());
        return ResponseEntity.accepted().location(URI.create("/ops/republish/" + run.id()))
                .body(RepublishView.of(run));
    }

    @GetMapping("/ops/republish/{id}")
    public Object get(@PathVariable String id) {
        return republisher.find(id).<Object>map(RepublishView::of)
                .or(() -> operatorRuns.find(id).filter(run -> run.kind() == OperatorRuns.Kind.REPUBLISH))
                .orElseThrow(() -> new NotFoundException("re-publication", id));
    }
}
