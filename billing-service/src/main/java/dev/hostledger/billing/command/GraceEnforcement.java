package dev.hostledger.billing.command;

import dev.hostledger.billing.api.CarryOutDeferredSuspensions;
import dev.hostledger.billing.api.EndGracePeriod;
import dev.hostledger.billing.api.GraceProtection;
import dev.hostledger.billing.api.IssueGraceEndingNotices;
import dev.hostledger.billing.api.ReleaseForGracePeriod;
import dev.hostledger.billing.config.GraceProperties;
import dev.hostledger.billing.query.GraceProtections;
import dev.hostledger.billing.query.GraceWork;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Keeps the grace-period promises, tick by tick on the injected clock: brings back every protected service that is
 * suspended for non-payment (also one whose suspension was in flight when the window was declared, or that was
 * suspended before a backdated start), tells affected accounts before a window ends, ends windows on time, and then
 * carries out what they held back, at a controlled rate.
 */
@Component
public class GraceEnforcement {

    private static final Logger log = LoggerFactory.getLogger(GraceEnforcement.class);
    private static final Actor ACTOR = Actor.system("billing/grace-periods");
    private static final int NOTICE_BATCH = 200;

    private final GraceProtections protections;
    private final GraceWork work;
    private final ActingCommandGateway commands;
    private final GraceProperties properties;
    private final Clock clock;

    public GraceEnforcement(GraceProtections protections, GraceWork work, ActingCommandGateway commands,
                            GraceProperties properties, Clock clock) {
        this.protections = protections;
        this.work = work;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    /** What protects customers: never paused, not even in maintenance mode. */
    public void protect() {
        Instant now = clock.instant();
        releaseProtectedServices(protections.activeAt(now));
        giveEndingNotices(now);
        endWindowsOnTime(now);
    }

    /** Suspensions held back by windows that ended: automation, paused with the rest in maintenance mode. */
    public void catchUp() {
        carryOutHeldBackSuspensions(protections.activeAt(clock.instant()));
    }

    private void releaseProtectedServices(List<GraceProtections.ActiveWindow> windows) {
        if (windows.isEmpty()) {
            return;
        }
        for (GraceWork.InvoiceServices suspended : work.suspendedForNonPayment()) {
            Map<String, GraceProtection> protectedNow =
                    protections.protect(windows, suspended.accountId(), suspended.serviceIds());
            if (!protectedNow.isEmpty()) {
                send(new ReleaseForGracePeriod(suspended.invoiceId(), protectedNow),
                        "a grace period protects these services");
            }
        }
    }

    private void giveEndingNotices(Instant now) {
        for (GraceWork.EndingWindow window : work.endingWithin(now, properties.noticeLeadTime())) {
            List<String> accounts = work.affectedAccountsNotYetNoticed(window);
            for (int from = 0; from < accounts.size(); from += NOTICE_BATCH) {
                send(new IssueGraceEndingNotices(window.gracePeriodId(),
                                accounts.subList(from, Math.min(accounts.size(), from + NOTICE_BATCH))),
                        "grace period ends at " + window.endsAt());
            }
        }
    }

    private void endWindowsOnTime(Instant now) {
        work.pastTheirEnd(now).forEach(id -> send(new EndGracePeriod(id, "planned end", true), "planned end"));
    }

    private void carryOutHeldBackSuspensions(List<GraceProtections.ActiveWindow> windows) {
        // the rate is per second; each tick may carry out its share of it
        int budget = (int) Math.max(1, properties.catchUpRate() * properties.pollInterval().toMillis() / 1000);
        int carriedOut = 0;
        for (GraceWork.InvoiceServices deferred : work.heldBack()) {
            if (carriedOut >= budget) {
                break;
            }
            Map<String, GraceProtection> stillProtected =
                    protections.protect(windows, deferred.accountId(), deferred.serviceIds());
            if (stillProtected.size() < deferred.serviceIds().size()) {
                send(new CarryOutDeferredSuspensions(deferred.invoiceId(), stillProtected),
                        "the grace period that held it back has ended");
                carriedOut++;
            }
        }
    }

    private void send(Object command, String reason) {
        try {
            commands.sendAndWait(command, ACTOR, reason);
        } catch (RuntimeException e) {
            // one invoice's or window's trouble must not hold back the rest; it is tried again at the next tick
            log.warn("Grace enforcement {} failed: {}", command, e.getMessage());
        }
    }
}
