package dev.hostledger.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Business time for tests: runs with the wall clock, plus an offset a test moves forward ("72 hours later"). Time
 * keeps flowing between jumps, so everything that orders by time still sees distinct instants, and it never runs
 * backwards.
 */
public final class OffsetClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Microseconds, like PostgreSQL's timestamps, so a time read back from a read model equals the event's. */
    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    /** Jumps forward by {@code duration}. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("business time does not run backwards: " + duration);
        }
        offset.accumulateAndGet(duration, Duration::plus);
    }

    /** Jumps forward to {@code instant} (no-op if it already passed). */
    public void advanceTo(Instant instant) {
        Duration ahead = Duration.between(instant(), instant);
        if (!ahead.isNegative()) {
            advance(ahead);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("business time is UTC");
    }
}
