package dev.hostledger.notification.kafka;

import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.notification.delivery.Templates;
import dev.hostledger.notification.query.Recipient;
import dev.hostledger.notification.query.Recipients;
import dev.hostledger.notification.request.NotificationRequests;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/** Keeps contact details and asks for the welcome message when an account is opened. */
@Component
public class AccountEventsListener implements IntegrationEventListener {

    private final Recipients recipients;
    private final NotificationRequests requests;

    public AccountEventsListener(Recipients recipients, NotificationRequests requests) {
        this.recipients = recipients;
        this.requests = requests;
    }

    @Override
    public String name() {
        return "notification.account-events";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ACCOUNT_EVENTS);
    }

    @Override
    public void on(ReceivedEvent event) {
        if (event.data() instanceof AccountOpened opened) {
            Recipient recipient = new Recipient(opened.accountId(), opened.email(), opened.name(), opened.timeZone(),
                    opened.currency());
            recipients.remember(recipient);
            requests.request(event, Templates.ACCOUNT_OPENED, recipient, Map.of("accountId", opened.accountId(),
                    "currency", opened.currency(), "openedAt", opened.occurredAt().toString()));
        }
    }
}
