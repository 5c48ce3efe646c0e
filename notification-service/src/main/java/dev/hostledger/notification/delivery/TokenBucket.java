package dev.hostledger.notification.delivery;

import java.util.function.LongSupplier;

/**
 * A token bucket holding at most one second's worth of tokens. Time is a monotonic nanosecond source, not the
 * business Clock: pacing protects a real SMTP server in real time, and a business clock that tests fix or move
 * would stall or burst the fan-out.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final double perSecond;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public TokenBucket(double perSecond, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.capacity = Math.max(1.0, perSecond);
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes as many whole tokens as are there, up to {@code wanted}, without waiting. */
    public synchronized int take(int wanted) {
        refill();
        int taken = (int) Math.min(wanted, Math.floor(tokens));
        tokens -= taken;
        return taken;
    }

    /** Returns tokens taken but not used. */
    public synchronized void giveBack(int unused) {
        tokens = Math.min(capacity, tokens + unused);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
        refilledAt = now;
    }
}
