package dev.hostledger.billing.config;

import dev.hostledger.billing.api.DunningStep;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Instant;

/**
 * When each dunning step of an unpaid invoice comes, relative to its due date, with hour precision (or finer, so a
 * test or a demo can compress it to seconds).
 *
 * @param reminderBeforeDue            reminder this long before the due date (72 h)
 * @param overdueAfterDue              overdue this long after the due date (0: at the due date)
 * @param suspensionAfterDue           services suspended this long after the due date (72 h)
 * @param warningBeforeSuspension      a warning this long before the suspension (24 h)
 * @param terminationAfterDue          services terminated this long after the due date (30 days)
 * @param pollInterval                 how often billing looks for steps that came due
 * @param workers                      invoices whose steps are taken in parallel (each invoice's steps stay in order:
 *                                     one step per invoice per tick)
 */
@ConfigurationProperties("hostledger.billing.dunning")
public record DunningPolicy(Duration reminderBeforeDue, Duration overdueAfterDue, Duration suspensionAfterDue,
                            Duration warningBeforeSuspension, Duration terminationAfterDue, Duration pollInterval,
                            Integer workers) {

    public DunningPolicy {
        reminderBeforeDue = orDefault(reminderBeforeDue, Duration.ofHours(72));
        overdueAfterDue = orDefault(overdueAfterDue, Duration.ZERO);
        suspensionAfterDue = orDefault(suspensionAfterDue, Duration.ofHours(72));
        warningBeforeSuspension = orDefault(warningBeforeSuspension, Duration.ofHours(24));
        terminationAfterDue = orDefault(terminationAfterDue, Duration.ofDays(30));
        pollInterval = orDefault(pollInterval, Duration.ofSeconds(30));
        workers = workers == null ? 4 : workers;
    }

    public static DunningPolicy defaults() {
        return new DunningPolicy(null, null, null, null, null, null, null);
    }

    public Instant timeOf(DunningStep step, Instant dueAt) {
        return switch (step) {
            case REMINDER -> dueAt.minus(reminderBeforeDue);
            case OVERDUE -> dueAt.plus(overdueAfterDue);
            case SUSPENSION_WARNING -> dueAt.plus(suspensionAfterDue).minus(warningBeforeSuspension);
            case SUSPENSION -> dueAt.plus(suspensionAfterDue);
            case TERMINATION -> dueAt.plus(terminationAfterDue);
        };
    }

    private static Duration orDefault(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }
}
