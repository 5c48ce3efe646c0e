package dev.hostledger.notification.command;

import dev.hostledger.notification.api.NotificationFailed;
import dev.hostledger.notification.api.NotificationRequested;
import dev.hostledger.notification.api.NotificationSent;
import dev.hostledger.notification.api.RecordNotificationFailed;
import dev.hostledger.notification.api.RecordNotificationSent;
import dev.hostledger.notification.api.RequestNotification;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");
    private static final Map<String, String> MODEL = Map.of("accountId", "acc-1");
    private static final NotificationRequested REQUESTED = new NotificationRequested("n-1", "evt-1", "account-opened",
            "acc-1", "ada@example.com", "Ada", "UTC", MODEL, NOW);

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
    void aSentNotificationIsRecordedOnce() {
        fixture.given(REQUESTED)
                .when(new RecordNotificationSent("n-1", "Welcome"))
                .expectEvents(new NotificationSent("n-1", "acc-1", "account-opened", "ada@example.com", "Welcome", NOW));
    }

    @Test
    void aSentNotificationIsNeverSentAgain() {
        fixture.given(REQUESTED, new NotificationSent("n-1", "acc-1", "account-opened", "ada@example.com", "Welcome", NOW))
                .when(new RecordNotificationSent("n-1", "Welcome"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void aFailureIsRecordedWithItsReason() {
        fixture.given(REQUESTED)
                .when(new RecordNotificationFailed("n-1", "connection refused"))
                .expectEvents(new NotificationFailed("n-1", "acc-1", "account-opened", "connection refused", NOW));
    }
}
