package dev.hostledger.billing.web;

import dev.hostledger.billing.api.CloseIncident;
import dev.hostledger.billing.api.OpenIncident;
import dev.hostledger.billing.query.IncidentReport;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Operators open and close incidents and read their post-mortem report. */
@RestController
public class IncidentOpsController {

    private final ActingCommandGateway commands;
    private final IncidentReport reports;

    public IncidentOpsController(ActingCommandGateway commands, IncidentReport reports) {
        this.commands = commands;
        this.reports = reports;
    }

    public record OpenRequest(String incidentId, @NotBlank String title, String description,
                              @NotNull Instant startedAt, @NotBlank String reason) {
    }

    public record CloseRequest(Instant endedAt, @NotBlank String reason) {
    }

    @PostMapping("/ops/incidents")
    public ResponseEntity<Map<String, String>> open(@Valid @RequestBody OpenRequest request, Principal operator,
                                                    UriComponentsBuilder uris) {
        String id = request.incidentId() == null ? UUID.randomUUID().toString() : request.incidentId();
        commands.sendAndWait(new OpenIncident(id, request.title(), request.description(), request.startedAt()),
                Actor.operator(operator.getName()), request.reason());
        return ResponseEntity.created(uris.path("/ops/incidents/{id}/report").build(id))
                .body(Map.of("incidentId", id));
    }

    @PostMapping("/ops/incidents/{incidentId}/close")
    public Map<String, String> close(@PathVariable String incidentId, @Valid @RequestBody CloseRequest request,
                                     Principal operator) {
        commands.sendAndWait(new CloseIncident(incidentId, request.endedAt(), request.reason()),
                Actor.operator(operator.getName()), request.reason());
        return Map.of("incidentId", incidentId);
    }

    @GetMapping("/ops/incidents/{incidentId}/report")
    public IncidentReport.Report report(@PathVariable String incidentId) {
        return reports.of(incidentId);
    }
}
