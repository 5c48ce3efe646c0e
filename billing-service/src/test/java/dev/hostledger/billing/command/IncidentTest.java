package dev.hostledger.billing.command;

import dev.hostledger.billing.api.CloseIncident;
import dev.hostledger.billing.api.IncidentClosed;
import dev.hostledger.billing.api.IncidentOpened;
import dev.hostledger.billing.api.OpenIncident;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

class IncidentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final Instant OUTAGE = NOW.minus(Duration.ofDays(3));
    private static final IncidentOpened OPENED = new IncidentOpened("inc-1", "Storage failure", "", OUTAGE, NOW);

    private AggregateTestFixture<Incident> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Incident.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anIncidentIsOpenedWithTheOutagesStart() {
        fixture.givenNoPriorActivity()
                .when(new OpenIncident("inc-1", "Storage failure", null, OUTAGE))
                .expectEvents(OPENED);
    }

    @Test
    void anIncidentCannotStartInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(new OpenIncident("inc-1", "Storage failure", null, NOW.plusSeconds(1)))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void closingRecordsTheEndOnce() {
        fixture.given(OPENED)
                .when(new CloseIncident("inc-1", null, "restored"))
                .expectEvents(new IncidentClosed("inc-1", NOW, "restored", NOW));
        fixture.given(OPENED, new IncidentClosed("inc-1", NOW, "restored", NOW))
                .when(new CloseIncident("inc-1", null, "again"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void anIncidentEndsBetweenItsStartAndNow() {
        fixture.given(OPENED)
                .when(new CloseIncident("inc-1", OUTAGE.minusSeconds(1), "typo"))
                .expectException(IllegalArgumentException.class);
    }
}
