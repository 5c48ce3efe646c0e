package dev.hostledger.kit.integrity;

/** How far a verify run is, readable from another thread while it runs. */
public final class VerifyProgress {

    public enum Phase { STARTING, EVENT_STORE, PROJECTIONS, TOPICS, DONE, FAILED }

    private volatile Phase phase = Phase.STARTING;
    private volatile long eventsChecked;
    private volatile long eventsTotal;

    public Phase phase() {
        return phase;
    }

    public long eventsChecked() {
        return eventsChecked;
    }

    public long eventsTotal() {
        return eventsTotal;
    }

    void enter(Phase next) {
        phase = next;
    }

    void expect(long total) {
        eventsTotal = total;
    }

    void checked(long events) {
        eventsChecked = events;
    }
}
