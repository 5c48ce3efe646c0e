package dev.hostledger.billing.command;

import dev.hostledger.billing.api.CancelGracePeriod;
import dev.hostledger.billing.api.DeclareGracePeriod;
import dev.hostledger.billing.api.EndGracePeriod;
import dev.hostledger.billing.api.ExtendGracePeriod;
import dev.hostledger.billing.api.GraceEndingNoticeDue;
import dev.hostledger.billing.api.GracePeriodCancelled;
import dev.hostledger.billing.api.GracePeriodDeclared;
import dev.hostledger.billing.api.GracePeriodEnded;
import dev.hostledger.billing.api.GracePeriodExtended;
import dev.hostledger.billing.api.IssueGraceEndingNotices;
import dev.hostledger.contracts.billing.GraceScope;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

class GracePeriodTest {

    private static final Instant OUTAGE = Instant.parse("2026-11-20T06:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T14:00:00Z");
    private static final Instant END = NOW.plus(Duration.ofHours(72));
    private static final GracePeriodDeclared DECLARED = new GracePeriodDeclared("gp-1", OUTAGE, END, GraceScope.all(),
            "data centre outage", "inc-1", NOW);

    @Test
    void aWindowMayBeBackdatedToTheOutagesStart() {
        at(NOW).givenNoPriorActivity()
                .when(new DeclareGracePeriod("gp-1", OUTAGE, END, GraceScope.all(), "data centre outage", "inc-1"))
                .expectEvents(DECLARED);
    }

    @Test
    void aWindowThatAlreadyEndedIsRefused() {
        at(NOW).givenNoPriorActivity()
                .when(new DeclareGracePeriod("gp-1", OUTAGE, NOW.minusSeconds(1), GraceScope.all(), "late", null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void theScopeIsExactlyOneKind() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new GraceScope(true, List.of("acc-1"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(new GraceScope(false, List.of(), List.of("DEDICATED"))
                .covers("acc-9", "DEDICATED")).isTrue();
        org.assertj.core.api.Assertions.assertThat(new GraceScope(false, List.of(), List.of("DEDICATED"))
                .covers("acc-9", "VIRTUAL")).isFalse();
        org.assertj.core.api.Assertions.assertThat(new GraceScope(false, List.of("acc-1"), List.of())
                .covers("acc-1", "VIRTUAL")).isTrue();
    }

    @Test
    void itCanBeExtendedAnyNumberOfTimes() {
        Instant later = END.plus(Duration.ofHours(24));
        at(NOW).given(DECLARED, new GracePeriodExtended("gp-1", END.minusSeconds(3600), END, "first", NOW))
                .when(new ExtendGracePeriod("gp-1", later, "outage goes on"))
                .expectEvents(new GracePeriodExtended("gp-1", END, later, "outage goes on", NOW));
    }

    @Test
    void anExtensionNeverShortens() {
        at(NOW).given(DECLARED)
                .when(new ExtendGracePeriod("gp-1", END.minusSeconds(1), "oops"))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void anOperatorMayEndItEarly() {
        at(NOW.plus(Duration.ofHours(10))).given(DECLARED)
                .when(new EndGracePeriod("gp-1", "services restored", false))
                .expectEvents(new GracePeriodEnded("gp-1", NOW.plus(Duration.ofHours(10)), true, "services restored"));
    }

    @Test
    void endingOnTimeRecordsThePlannedEndOnce() {
        at(END.plusSeconds(3)).given(DECLARED)
                .when(new EndGracePeriod("gp-1", "planned end", true))
                .expectEvents(new GracePeriodEnded("gp-1", END, false, "planned end"));
        at(END.plusSeconds(3)).given(DECLARED, new GracePeriodEnded("gp-1", END, false, "planned end"))
                .when(new EndGracePeriod("gp-1", "planned end", true))
                .expectNoEvents();
    }

    @Test
    void billingsOwnEndDoesNothingAfterAnExtensionItHasNotSeenYet() {
        at(END.plusSeconds(1)).given(DECLARED, new GracePeriodExtended("gp-1", END, END.plus(Duration.ofHours(24)),
                        "outage goes on", NOW))
                .when(new EndGracePeriod("gp-1", "planned end", true))
                .expectNoEvents();
    }

    @Test
    void aWindowIsCancelledOnlyBeforeItStarts() {
        GracePeriodDeclared future = new GracePeriodDeclared("gp-2", NOW.plus(Duration.ofHours(2)), END,
                GraceScope.all(), "planned maintenance", null, NOW);
        at(NOW).given(future)
                .when(new CancelGracePeriod("gp-2", "maintenance moved"))
                .expectEvents(new GracePeriodCancelled("gp-2", "maintenance moved", NOW));
        at(NOW).given(DECLARED)
                .when(new CancelGracePeriod("gp-1", "too late"))
                .expectException(IllegalStateException.class);
    }

    @Test
    void oneNoticePerAccountAndAnnouncedEnd() {
        Instant noticeTime = END.minus(Duration.ofHours(24));
        at(noticeTime).given(DECLARED, new GraceEndingNoticeDue("gp-1", "acc-1", END, noticeTime))
                .when(new IssueGraceEndingNotices("gp-1", List.of("acc-1", "acc-2")))
                .expectEvents(new GraceEndingNoticeDue("gp-1", "acc-2", END, noticeTime));
    }

    @Test
    void anExtendedEndIsAnnouncedAgain() {
        Instant later = END.plus(Duration.ofHours(24));
        Instant noticeTime = later.minus(Duration.ofHours(24));
        at(noticeTime).given(DECLARED, new GraceEndingNoticeDue("gp-1", "acc-1", END, END.minus(Duration.ofHours(24))),
                        new GracePeriodExtended("gp-1", END, later, "outage goes on", END.minus(Duration.ofHours(20))))
                .when(new IssueGraceEndingNotices("gp-1", List.of("acc-1")))
                .expectEvents(new GraceEndingNoticeDue("gp-1", "acc-1", later, noticeTime));
    }

    private static AggregateTestFixture<GracePeriod> at(Instant now) {
        AggregateTestFixture<GracePeriod> fixture = new AggregateTestFixture<>(GracePeriod.class);
        fixture.registerInjectableResource(Clock.fixed(now, ZoneOffset.UTC));
        return fixture;
    }
}
