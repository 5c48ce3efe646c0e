package dev.hostledger.notification.command;

import dev.hostledger.kit.actor.Actor;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final Map<String, String> MODEL = Map.of("accountId", "acc-1");
    private static final NotificationRequested REQUESTED = new NotificationRequested("n-1", "evt-1", "account-opened",
            "acc-1", "ada@example.com", "Ada", "UTC", MODEL, NOW);
    private static final NotificationDeliveryStarted FIRST_ATTEMPT = new NotificationDeliveryStarted("n-1", 1, NOW);
    private static final NotificationSent SENT =
            new NotificationSent("n-1", "acc-1", "account-opened", "ada@example.com", "Welcome", NOW, "evt-1");
    private static final NotificationInDoubt IN_DOUBT =
            new NotificationInDoubt("n-1", "acc-1", "account-opened", "evt-1", 1, "lost", NOW);

    private AggregateTestFixture<Notification> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Notification.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aRequestIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RequestNotification("n-1", "evt-1", "account-opened", "acc-1", "ada@example.com", "Ada",
                        "UTC", MODEL))
                .expectEvents(REQUESTED);
    }

    @Test
    void aRequestWithoutRecipientIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestNotification("n-1", "evt-1", "account-opened", "acc-1", "", "Ada", "UTC", MODEL))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anAttemptIsRecordedBeforeTheHandoff() {
        fixture.given(REQUESTED)
                .when(new StartDelivery("n-1"))
                .expectEvents(FIRST_ATTEMPT);
    }

    @Test
    void aSentNotificationIsRecordedOnce() {
        fixture.given(REQUESTED, FIRST_ATTEMPT)
                .when(new RecordNotificationSent("n-1", "Welcome"))
                .expectEvents(SENT);
    }

    @Test
    void nothingIsSentWithoutARecordedAttempt() {
        fixture.given(REQUESTED)
                .when(new RecordNotificationSent("n-1", "Welcome"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aSentNotificationIsNeverSentAgain() {
        fixture.given(REQUESTED, FIRST_ATTEMPT, SENT)
                .when(new StartDelivery("n-1"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aTransientFailureIsRetriedWhileAttemptsRemain() {
        fixture.given(REQUESTED, FIRST_ATTEMPT)
                .when(new RecordDeliveryFailure("n-1", "connection refused", false, LATER, 3))
                .expectEvents(new NotificationDeliveryDeferred("n-1", 1, "connection refused", LATER, NOW))
                .expectResultMessagePayload(dev.hostledger.notification.api.DeliveryDecision.RETRY);
    }

    @Test
    void theNextAttemptCountsOn() {
        fixture.given(REQUESTED, FIRST_ATTEMPT,
                        new NotificationDeliveryDeferred("n-1", 1, "connection refused", LATER, NOW))
                .when(new StartDelivery("n-1"))
                .expectEvents(new NotificationDeliveryStarted("n-1", 2, NOW));
    }

    @Test
    void theLastAllowedAttemptGivesUp() {
        fixture.given(REQUESTED, FIRST_ATTEMPT,
                        new NotificationDeliveryDeferred("n-1", 1, "connection refused", LATER, NOW),
                        new NotificationDeliveryStarted("n-1", 2, NOW))
                .when(new RecordDeliveryFailure("n-1", "connection refused", false, LATER, 2))
                .expectEvents(new NotificationFailed("n-1", "acc-1", "account-opened",
                        "gave up after 2 attempts; last: connection refused", NOW, "evt-1"));
    }

    @Test
    void aPermanentRefusalGivesUpAtOnce() {
        fixture.given(REQUESTED, FIRST_ATTEMPT)
                .when(new RecordDeliveryFailure("n-1", "550 no such user", true, NOW, 5))
                .expectEvents(new NotificationFailed("n-1", "acc-1", "account-opened", "550 no such user", NOW,
                        "evt-1"));
    }

    @Test
    void anAttemptWithoutOutcomeIsInDoubtAndNeverRetriedAutomatically() {
        fixture.given(REQUESTED, FIRST_ATTEMPT)
                .when(new MarkNotificationInDoubt("n-1", "lost"))
                .expectEvents(IN_DOUBT);
        fixture.given(REQUESTED, FIRST_ATTEMPT, IN_DOUBT)
                .when(new StartDelivery("n-1"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void aLateConfirmationResolvesTheDoubt() {
        fixture.given(REQUESTED, FIRST_ATTEMPT, IN_DOUBT)
                .when(new RecordNotificationSent("n-1", "Welcome"))
                .expectEvents(SENT);
    }

    @Test
    void anOperatorResendsAnInDoubtMessageAsAFreshRound() {
        fixture.given(REQUESTED, FIRST_ATTEMPT, IN_DOUBT)
                .when(new ResendNotification("n-1", "customer says nothing arrived"),
                        Actor.operator("alice").toMetaData("customer says nothing arrived"))
                .expectEvents(new NotificationResendRequested("n-1", "acc-1", "account-opened",
                        "customer says nothing arrived", NOW));
        fixture.given(REQUESTED, FIRST_ATTEMPT, IN_DOUBT, new NotificationResendRequested("n-1", "acc-1",
                        "account-opened", "why", NOW))
                .when(new StartDelivery("n-1"))
                .expectEvents(new NotificationDeliveryStarted("n-1", 1, NOW));
    }

    @Test
    void onlyAnOperatorResends() {
        fixture.given(REQUESTED, FIRST_ATTEMPT, IN_DOUBT)
                .when(new ResendNotification("n-1", "retry"), Actor.system("scheduler").toMetaData("retry"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aSentMessageIsNotResent() {
        fixture.given(REQUESTED, FIRST_ATTEMPT, SENT)
                .when(new ResendNotification("n-1", "again"), Actor.operator("alice").toMetaData("again"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aStaleMessageIsSuppressedWithItsReason() {
        fixture.given(REQUESTED)
                .when(new SuppressNotification("n-1", "invoice inv-1 was paid meanwhile"))
                .expectEvents(new NotificationSuppressed("n-1", "acc-1", "account-opened", "evt-1",
                        "invoice inv-1 was paid meanwhile", NOW));
    }

    @Test
    void aSuppressedMessageIsNeverStarted() {
        fixture.given(REQUESTED, new NotificationSuppressed("n-1", "acc-1", "account-opened", "evt-1", "stale", NOW))
                .when(new StartDelivery("n-1"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }
}
