package dev.hostledger.kit.backup;

/** How far a backup, restore or drill is, readable from another thread while it runs. */
public final class BackupProgress {

    public enum Phase { STARTING, VERIFYING_ARCHIVE, EVENTS, TABLES, FINISHING, VERIFYING, COMPARING, DONE, FAILED }

    private volatile Phase phase = Phase.STARTING;
    private volatile long events;
    private volatile long eventsTotal;

    public Phase phase() {
        return phase;
    }

    public long events() {
        return events;
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

    void done(long count) {
        events = count;
    }
}
