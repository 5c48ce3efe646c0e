package dev.hostledger.notification.config;

import dev.hostledger.kit.backup.ArchivedTable;
import dev.hostledger.kit.backup.RestoreContributor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * notification-service's state no event of its own carries: the contact details and facts kept from the other
 * services' topics, the requests (what each message is rendered from) and the delivery queue (what is still to be
 * sent, retried or confirmed). The notification log rebuilds from the notifications' events; the workers' heartbeats
 * are of the running processes only.
 */
@Component
public class NotificationRestoreTables implements RestoreContributor {

    @Override
    public List<ArchivedTable> archivedTables() {
        return List.of(new ArchivedTable("recipient", null),
                new ArchivedTable("notification_request", null),
                new ArchivedTable("delivery_queue", null),
                new ArchivedTable("account_service", null),
                new ArchivedTable("invoice_fact", null),
                new ArchivedTable("grace_window", null));
    }
}
