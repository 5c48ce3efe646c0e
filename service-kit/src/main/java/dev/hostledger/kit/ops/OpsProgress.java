package dev.hostledger.kit.ops;

/**
 * How far a long-running operator action is (replay, re-publish), readable from another thread while it runs, in the
 * style of verify's progress: a phase and done / total, plus the rate so far and the time left at that rate.
 */
public final class OpsProgress {

    public enum Phase { STARTING, WAITING_FOR_PEERS, RUNNING, DONE, FAILED }

    /** A consistent snapshot for operators. */
    public record View(Phase phase, long done, long total, double eventsPerSecond, Long etaSeconds,
                       double elapsedSeconds) {
    }

    private volatile Phase phase = Phase.STARTING;
    private volatile long done;
    private volatile long total;
    private volatile long runningSinceNanos;
    private volatile long finishedAtNanos;

    public void enter(Phase next) {
        if (next == Phase.RUNNING && runningSinceNanos == 0) {
            runningSinceNanos = System.nanoTime();
        }
        if (next == Phase.DONE || next == Phase.FAILED) {
            finishedAtNanos = System.nanoTime();
        }
        phase = next;
    }

    public void expect(long total) {
        this.total = total;
    }

    public void done(long done) {
        this.done = done;
    }

    public Phase phase() {
        return phase;
    }

    public long done() {
        return done;
    }

    public long total() {
        return total;
    }

    // Elapsed time is measured on the monotonic clock: it is a duration, not business time.
    public View view() {
        long since = runningSinceNanos;
        double elapsed = since == 0 ? 0 : ((finishedAtNanos != 0 ? finishedAtNanos : System.nanoTime()) - since) / 1e9;
        long doneNow = done;
        double rate = elapsed > 0 ? doneNow / elapsed : 0;
        Long eta = phase == Phase.DONE ? Long.valueOf(0)
                : rate > 0 ? Long.valueOf(Math.round((total - doneNow) / rate)) : null;
        return new View(phase, doneNow, total, rate, eta, elapsed);
    }
}
