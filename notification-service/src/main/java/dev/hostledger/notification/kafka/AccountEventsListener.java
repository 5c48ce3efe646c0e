package dev.hostledger.notification.kafka;

import dev.hostledger.contracts.Topics;
import dev.hostledger.contracts.account.AccountOpened;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.consume.IntegrationEventListener;
import dev.hostledger.kit.consume.ReceivedEvent;
import dev.hostledger.notification.api.NotificationIds;
import dev.hostledger.notification.api.RequestNotification;
import dev.hostledger.notification.delivery.Templates;
import dev.hostledger.notification.query.Recipient;
import dev.hostledger.notification.query.Recipients;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/** Keeps contact details and asks for the welcome message when an account is opened. */
@Component
public class AccountEventsListener implements IntegrationEventListener {

    private static final Actor ACTOR = Actor.system("notification-service");

    private final Recipients recipients;
    private final ActingCommandGateway commands;

    public AccountEventsListener(Recipients recipients, ActingCommandGateway commands) {
        this.recipients = recipients;
        this.commands = commands;
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
            recipients.remember(new Recipient(opened.accountId(), opened.email(), opened.name(), opened.timeZone()));
            commands.sendAndWait(new RequestNotification(
                    NotificationIds.of(event.id(), Templates.ACCOUNT_OPENED, opened.accountId()), event.id(),
                    Templates.ACCOUNT_OPENED, opened.accountId(), opened.email(), opened.name(), opened.timeZone(),
                    Map.of("accountId", opened.accountId(), "currency", opened.currency(),
                            "openedAt", opened.occurredAt().toString())),
                    ACTOR, "welcome a new account");
        }
    }
}
