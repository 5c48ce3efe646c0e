package dev.hostledger.notification.delivery;

import java.time.Duration;
import java.time.Instant;

/** Exponential back-off: the first wait after the first failure, doubled after each further one, up to a maximum. */
public record RetrySchedule(Duration first, Duration max) {

    /** @param failedAttempt the attempt that just failed, from 1 */
    public Instant nextAttemptAt(Instant now, int failedAttempt) {
        Duration wait = first;
        for (int i = 1; i < failedAttempt && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(max) > 0 ? max : wait);
    }
}
