package dev.hostledger.kit.backup;

/**
 * An archive restore will not load, with where it is damaged: the entry (chunk or table), the line, and the event
 * when one can be named. Thrown before anything is written.
 */
public class ArchiveRefusedException extends RuntimeException {

    private final String entry;
    private final Long line;

    public ArchiveRefusedException(String entry, Long line, String message) {
        super(message);
        this.entry = entry;
        this.line = line;
    }

    /** The archive entry at fault, e.g. {@code events/000002.jsonl}, or {@code null} for the archive as a whole. */
    public String entry() {
        return entry;
    }

    /** The 1-based line within {@link #entry()}, or {@code null}. */
    public Long line() {
        return line;
    }
}
