package dev.hostledger.notification.command;

import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.NotificationSent;
import dev.hostledger.notification.api.RecordNotificationFailed;
import dev.hostledger.notification.api.RecordNotificationSent;
import dev.hostledger.notification.api.RequestNotification;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One message to one account about one fact; once sent it is never sent again. */
@Aggregate
public class Notification {

    enum Status { REQUESTED, SENT, FAILED }

    @AggregateIdentifier
    private String notificationId;
    private String accountId;
    private String template;
    private String recipientEmail;
    private Status status;

    protected Notification() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Notification(RequestNotification command, Clock clock) {
        if (command.recipientEmail() == null || command.recipientEmail().isBlank()) {
            throw new IllegalArgumentException("notification " + command.notificationId() + " has no recipient");
        }
        apply(new NotificationRequested(command.notificationId(), command.sourceEventId(), command.template(),
                command.accountId(), command.recipientEmail(), command.recipientName(), command.timeZone(),
                command.model(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordNotificationSent command, Clock clock) {
        if (status == Status.SENT) {
            throw new IllegalStateException("notification " + notificationId + " was already sent");
        }
        apply(new NotificationSent(notificationId, accountId, template, recipientEmail, command.subject(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RecordNotificationFailed command, Clock clock) {
        if (status == Status.SENT) {
            throw new IllegalStateException("notification " + notificationId + " was already sent");
        }
        apply(new NotificationFailed(notificationId, accountId, template, command.reason(), clock.instant()));
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        notificationId = event.notificationId();
        accountId = event.accountId();
        template = event.template();
        recipientEmail = event.recipientEmail();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        status = Status.SENT;
    }

    @EventSourcingHandler
    void on(NotificationFailed event) {
        status = Status.FAILED;
    }
}
