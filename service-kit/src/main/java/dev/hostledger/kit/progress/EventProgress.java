package dev.hostledger.kit.progress;

/**
 * How far a long operator run over the event store is (verify, backup, restore, drill): its phase and events done out
 * of the total, readable from another thread while it runs.
 */
public class EventProgress<P extends Enum<P>> {

    private volatile P phase;
    private volatile long events;
    private volatile long eventsTotal;

    protected EventProgress(P start) {
        this.phase = start;
    }

    public P phase() {
        return phase;
    }

    public long events() {
        return events;
    }

    public long eventsTotal() {
        return eventsTotal;
    }

    public void enter(P next) {
        phase = next;
    }

    public void expect(long total) {
        eventsTotal = total;
    }

    public void done(long count) {
        events = count;
    }
}
