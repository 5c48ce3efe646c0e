package dev.hostledger.kit.ops.maintenance;

import dev.hostledger.kit.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** Operators pause and resume this service's automated actions; operator credential required. */
@RestController
public class MaintenanceOpsController {

    private final MaintenanceMode maintenance;

    public MaintenanceOpsController(MaintenanceMode maintenance) {
        this.maintenance = maintenance;
    }

    public record MaintenanceRequest(@NotNull Boolean paused, @NotBlank String reason) {
    }

    @GetMapping("/ops/maintenance")
    public MaintenanceMode.State get() {
        return maintenance.state();
    }

    @PostMapping("/ops/maintenance")
    public MaintenanceMode.State change(@Valid @RequestBody MaintenanceRequest request, Principal operator) {
        Actor actor = Actor.operator(operator.getName());
        return request.paused() ? maintenance.pause(actor, request.reason())
                : maintenance.resume(actor, request.reason());
    }
}
