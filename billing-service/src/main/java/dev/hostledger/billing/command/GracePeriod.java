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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A provider-wide, hour-precise window during which no service in its scope is suspended for non-payment, whatever
 * its invoices say. It may start in the past (declared after the outage began), be extended any number of times,
 * ended early, or cancelled before it starts. Affected accounts are told once per announced end before it comes.
 */
@Aggregate
public class GracePeriod {

    enum Status { DECLARED, ENDED, CANCELLED }

    @AggregateIdentifier
    private String gracePeriodId;
    private Instant startsAt;
    private Instant endsAt;
    private Status status;
    /** "accountId|endsAt" of every notice given: one per account and announced end. */
    private final Set<String> notices = new HashSet<>();

    protected GracePeriod() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public GracePeriod(DeclareGracePeriod command, Clock clock) {
        requireReason(command.reason());
        if (command.startsAt() == null || command.endsAt() == null || !command.endsAt().isAfter(command.startsAt())) {
            throw new IllegalArgumentException("a grace period ends after it starts");
        }
        Instant now = clock.instant();
        if (!command.endsAt().isAfter(now)) {
            throw new IllegalArgumentException("a grace period that has already ended protects no one: ends "
                    + command.endsAt());
        }
        if (command.scope() == null) {
            throw new IllegalArgumentException("a grace period needs a scope");
        }
        apply(new GracePeriodDeclared(command.gracePeriodId(), command.startsAt(), command.endsAt(), command.scope(),
                command.reason(), command.incidentId(), now));
    }

    @CommandHandler
    void handle(ExtendGracePeriod command, Clock clock) {
        requireReason(command.reason());
        requireDeclared();
        if (command.endsAt() == null || !command.endsAt().isAfter(endsAt)) {
            throw new IllegalArgumentException("an extension ends after the current end, " + endsAt);
        }
        Instant now = clock.instant();
        if (!endsAt.isAfter(now)) {
            throw new IllegalStateException("grace period " + gracePeriodId + " already ended at " + endsAt);
        }
        apply(new GracePeriodExtended(gracePeriodId, endsAt, command.endsAt(), command.reason(), now));
    }

    @CommandHandler
    void handle(EndGracePeriod command, Clock clock) {
        requireReason(command.reason());
        if (status != Status.DECLARED) {
            return; // ended or cancelled already: the planned end and an operator's may meet
        }
        Instant now = clock.instant();
        if (now.isBefore(startsAt)) {
            throw new IllegalStateException("grace period " + gracePeriodId + " has not started: cancel it instead");
        }
        boolean early = now.isBefore(endsAt);
        if (early && command.onlyIfPlannedEndPassed()) {
            return;
        }
        apply(new GracePeriodEnded(gracePeriodId, early ? now : endsAt, early, command.reason()));
    }

    @CommandHandler
    void handle(CancelGracePeriod command, Clock clock) {
        requireReason(command.reason());
        requireDeclared();
        Instant now = clock.instant();
        if (!now.isBefore(startsAt)) {
            throw new IllegalStateException("grace period " + gracePeriodId + " already started at " + startsAt
                    + ": end it instead");
        }
        apply(new GracePeriodCancelled(gracePeriodId, command.reason(), now));
    }

    @CommandHandler
    void handle(IssueGraceEndingNotices command, Clock clock) {
        if (status != Status.DECLARED) {
            return;
        }
        Instant now = clock.instant();
        command.accountIds().stream()
                .filter(accountId -> !notices.contains(accountId + "|" + endsAt))
                .distinct()
                .forEach(accountId -> apply(new GraceEndingNoticeDue(gracePeriodId, accountId, endsAt, now)));
    }

    @EventSourcingHandler
    void on(GracePeriodDeclared event) {
        gracePeriodId = event.gracePeriodId();
        startsAt = event.startsAt();
        endsAt = event.endsAt();
        status = Status.DECLARED;
    }

    @EventSourcingHandler
    void on(GracePeriodExtended event) {
        endsAt = event.endsAt();
    }

    @EventSourcingHandler
    void on(GracePeriodEnded event) {
        endsAt = event.endedAt();
        status = Status.ENDED;
    }

    @EventSourcingHandler
    void on(GracePeriodCancelled event) {
        status = Status.CANCELLED;
    }

    @EventSourcingHandler
    void on(GraceEndingNoticeDue event) {
        notices.add(event.accountId() + "|" + event.endsAt());
    }

    private void requireDeclared() {
        if (status != Status.DECLARED) {
            throw new IllegalStateException("grace period " + gracePeriodId + " is " + status);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
