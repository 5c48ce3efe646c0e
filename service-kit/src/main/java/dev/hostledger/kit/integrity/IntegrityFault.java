package dev.hostledger.kit.integrity;

/**
 * One thing verify found wrong, and where.
 *
 * @param aggregate the aggregate id; for a projection row, the row's primary key
 * @param sequence  the sequence number within the aggregate, or {@code null} where none applies
 */
public record IntegrityFault(String service, String aggregate, Long sequence, FaultKind kind, String detail) {

    @Override
    public String toString() {
        return service + " " + aggregate + (sequence == null ? "" : "#" + sequence) + " " + kind + ": " + detail;
    }
}
