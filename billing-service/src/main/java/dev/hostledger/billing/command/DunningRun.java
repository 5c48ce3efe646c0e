package dev.hostledger.billing.command;

import dev.hostledger.billing.api.AdvanceDunning;
import dev.hostledger.billing.config.DunningPolicy;
import dev.hostledger.billing.query.DunningScheduleProjection;
import dev.hostledger.billing.query.GraceProtections;
import dev.hostledger.kit.actor.ActingCommandGateway;
import dev.hostledger.kit.actor.Actor;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Takes every dunning step whose time has come, telling the invoice which of its services a grace period protects
 * right now. The invoice itself checks that the step is its next one and due, so a step asked twice (a restart, the
 * schedule not yet caught up) happens once.
 */
@Component
public class DunningRun {

    private static final Logger log = LoggerFactory.getLogger(DunningRun.class);
    private static final Actor ACTOR = Actor.system("billing/dunning");
    private static final int BATCH = 500;

    private final DunningScheduleProjection schedule;
    private final GraceProtections grace;
    private final ActingCommandGateway commands;
    private final Clock clock;

    private final ExecutorService workers;

    public DunningRun(DunningScheduleProjection schedule, GraceProtections grace, ActingCommandGateway commands,
                      Clock clock, DunningPolicy policy) {
        this.schedule = schedule;
        this.grace = grace;
        this.commands = commands;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(policy.workers(), task -> {
            Thread thread = new Thread(task, "dunning-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Asks every due step, invoices in parallel: the schedule lists at most one step per invoice, so each invoice's
     * steps stay in order.
     *
     * @return the steps asked for
     */
    public int takeDueSteps() {
        Instant now = clock.instant();
        List<DunningScheduleProjection.DueStep> due = schedule.dueAt(now, BATCH);
        List<GraceProtections.ActiveWindow> windows = grace.activeAt(now);
        List<Future<?>> asked = new ArrayList<>();
        for (DunningScheduleProjection.DueStep step : due) {
            asked.add(workers.submit(() -> take(step, windows)));
        }
        for (Future<?> step : asked) {
            try {
                step.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (ExecutionException e) {
                log.warn("Dunning step failed: {}", e.getCause().getMessage());
            }
        }
        return due.size();
    }

    private void take(DunningScheduleProjection.DueStep step, List<GraceProtections.ActiveWindow> windows) {
        try {
            commands.sendAndWait(new AdvanceDunning(step.invoiceId(), step.step(),
                            grace.protect(windows, step.accountId(), step.serviceIds())), ACTOR,
                    "dunning schedule: " + step.step().name().toLowerCase().replace('_', ' '));
        } catch (RuntimeException e) {
            // one invoice's trouble must not hold back the others; it is asked again at the next tick
            log.warn("Dunning step {} of invoice {} failed: {}", step.step(), step.invoiceId(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
