package dev.hostledger.notification.web;

import dev.hostledger.notification.query.NotificationLogEntry;
import dev.hostledger.notification.query.NotificationLogProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
public class NotificationController {

    private final NotificationLogProjection log;

    public NotificationController(NotificationLogProjection log) {
        this.log = log;
    }

    @GetMapping("/accounts/{accountId}/notifications")
    public List<NotificationLogEntry> forAccount(@PathVariable String accountId) {
        return log.forAccount(accountId);
    }
}
