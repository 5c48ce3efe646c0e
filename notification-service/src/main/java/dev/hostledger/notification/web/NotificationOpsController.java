package dev.hostledger.notification.web;

import dev.hostledger.kit.actor.Actor;
import dev.hostledger.notification.delivery.Resends;
import dev.hostledger.notification.query.NotificationLogEntry;
import dev.hostledger.notification.query.NotificationLogProjection;
import dev.hostledger.notification.query.TemplateProgress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** Operators: find messages by status (IN_DOUBT first of all), re-send them, follow a fan-out's progress. */
@RestController
@Validated
public class NotificationOpsController {

    private final NotificationLogProjection log;
    private final Resends resends;

    public NotificationOpsController(NotificationLogProjection log, Resends resends) {
        this.log = log;
        this.resends = resends;
    }

    public record ResendRequest(@NotBlank String reason) {
    }

    @GetMapping("/ops/notifications")
    public List<NotificationLogEntry> withStatus(@RequestParam(defaultValue = "IN_DOUBT") String status,
                                                 @RequestParam(defaultValue = "100") int limit) {
        return log.withStatus(status, Math.min(Math.max(limit, 1), 1000));
    }

    @PostMapping("/ops/notifications/{notificationId}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public void resend(@PathVariable String notificationId, @Valid @RequestBody ResendRequest request,
                       Principal operator) {
        resends.resend(notificationId, Actor.operator(operator.getName()), request.reason());
    }

    @GetMapping("/ops/notifications/progress")
    public List<TemplateProgress> progress(@RequestParam(required = false) String template) {
        return log.progress(template);
    }
}
