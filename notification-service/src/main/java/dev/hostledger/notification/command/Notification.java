package dev.hostledger.notification.command;

import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.actor.ActorType;
import dev.hostledger.notification.api.DeliveryDecision;
import dev.hostledger.notification.api.MarkNotificationInDoubt;
import dev.hostledger.notification.api.NotificationDeliveryDeferred;
import dev.hostledger.notification.api.NotificationDeliveryStarted;
import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationInDoubt;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.NotificationResendRequested;
import dev.hostledger.notification.api.NotificationSent;
import dev.hostledger.notification.api.NotificationSuppressed;
import dev.hostledger.notification.api.RecordDeliveryFailure;
import dev.hostledger.notification.api.RecordNotificationSent;
import dev.hostledger.notification.api.RequestNotification;
import dev.hostledger.notification.api.ResendNotification;
import dev.hostledger.notification.api.StartDelivery;
import dev.hostledger.notification.api.SuppressNotification;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One message to one account about one fact. Sent at most once: every attempt is recorded as started before the
 * SMTP handoff, and an attempt without an outcome becomes in doubt instead of being tried again; only an operator
 * re-sends a failed or in-doubt message.
 */
@Aggregate
public class Notification {

    enum Status { REQUESTED, SENDING, RETRY_WAIT, SENT, FAILED, SUPPRESSED, IN_DOUBT }

    private static final Set<Status> STARTABLE = EnumSet.of(Status.REQUESTED, Status.RETRY_WAIT);
    private static final Set<Status> RESENDABLE = EnumSet.of(Status.FAILED, Status.IN_DOUBT);

    @AggregateIdentifier
    private String notificationId;
    private String sourceEventId;
    private String accountId;
    private String template;
    private String recipientEmail;
    private Status status;
    private int attempt;

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
    void handle(StartDelivery command, Clock clock) {
        require(STARTABLE, "start a delivery");
        apply(new NotificationDeliveryStarted(notificationId, attempt + 1, clock.instant()));
    }

    /** From SENDING, or from IN_DOUBT when a slow attempt reports after being given up for lost: it resolves the doubt. */
    @CommandHandler
    void handle(RecordNotificationSent command, Clock clock) {
        if (status == Status.SENT) {
            throw new IllegalStateException("notification " + notificationId + " was already sent");
        }
        require(EnumSet.of(Status.SENDING, Status.IN_DOUBT), "record it as sent");
        apply(new NotificationSent(notificationId, accountId, template, recipientEmail, command.subject(),
                clock.instant(), sourceEventId));
    }

    @CommandHandler
    DeliveryDecision handle(RecordDeliveryFailure command, Clock clock) {
        require(EnumSet.of(Status.SENDING), "record a failed attempt");
        if (command.permanent()) {
            apply(new NotificationFailed(notificationId, accountId, template, command.reason(), clock.instant(),
                    sourceEventId));
            return DeliveryDecision.GIVE_UP;
        }
        if (attempt >= command.maxAttempts()) {
            apply(new NotificationFailed(notificationId, accountId, template,
                    "gave up after " + attempt + " attempts; last: " + command.reason(), clock.instant(),
                    sourceEventId));
            return DeliveryDecision.GIVE_UP;
        }
        apply(new NotificationDeliveryDeferred(notificationId, attempt, command.reason(), command.nextAttemptAt(),
                clock.instant()));
        return DeliveryDecision.RETRY;
    }

    @CommandHandler
    void handle(SuppressNotification command, Clock clock) {
        require(STARTABLE, "suppress it");
        apply(new NotificationSuppressed(notificationId, accountId, template, sourceEventId, command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(MarkNotificationInDoubt command, Clock clock) {
        require(EnumSet.of(Status.SENDING), "mark it in doubt");
        apply(new NotificationInDoubt(notificationId, accountId, template, sourceEventId, attempt, command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ResendNotification command, @MetaDataValue(Actor.TYPE_KEY) String actorType, Clock clock) {
        if (!ActorType.OPERATOR.name().equals(actorType)) {
            throw new IllegalArgumentException("only an operator re-sends a notification");
        }
        require(RESENDABLE, "re-send it");
        apply(new NotificationResendRequested(notificationId, accountId, template, command.reason(),
                clock.instant()));
    }

    private void require(Set<Status> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new IllegalStateException(
                    "notification " + notificationId + " is " + status + ": cannot " + action);
        }
    }

    @EventSourcingHandler
    void on(NotificationRequested event) {
        notificationId = event.notificationId();
        sourceEventId = event.sourceEventId();
        accountId = event.accountId();
        template = event.template();
        recipientEmail = event.recipientEmail();
        status = Status.REQUESTED;
    }

    @EventSourcingHandler
    void on(NotificationDeliveryStarted event) {
        attempt = event.attempt();
        status = Status.SENDING;
    }

    @EventSourcingHandler
    void on(NotificationDeliveryDeferred event) {
        status = Status.RETRY_WAIT;
    }

    @EventSourcingHandler
    void on(NotificationSent event) {
        status = Status.SENT;
    }

    @EventSourcingHandler
    void on(NotificationFailed event) {
        status = Status.FAILED;
    }

    @EventSourcingHandler
    void on(NotificationSuppressed event) {
        status = Status.SUPPRESSED;
    }

    @EventSourcingHandler
    void on(NotificationInDoubt event) {
        status = Status.IN_DOUBT;
    }

    /** A re-send is a fresh round of attempts. */
    @EventSourcingHandler
    void on(NotificationResendRequested event) {
        attempt = 0;
        status = Status.REQUESTED;
    }
}
