package dev.hostledger.kit.ops.republish;

import java.time.Instant;

/**
 * Which stored events to send again: global indexes {@code from..to} inclusive, or the events stored (Axon's
 * append time, {@code time_stamp}) between two instants. Append time, not business time: a downstream consumer
 * lost what was published in a window, and publication follows the append.
 */
public record RepublishRange(Long fromGlobalIndex, Long toGlobalIndex, Instant from, Instant to) {

    public RepublishRange {
        boolean byIndex = fromGlobalIndex != null || toGlobalIndex != null;
        boolean byTime = from != null || to != null;
        if (byIndex == byTime) {
            throw new IllegalArgumentException("give either fromGlobalIndex and toGlobalIndex, or from and to");
        }
        if (byIndex && (fromGlobalIndex == null || toGlobalIndex == null || fromGlobalIndex > toGlobalIndex)) {
            throw new IllegalArgumentException("fromGlobalIndex and toGlobalIndex are both needed, from <= to");
        }
        if (byTime && (from == null || to == null || from.isAfter(to))) {
            throw new IllegalArgumentException("from and to are both needed, from not after to");
        }
    }

    public boolean byIndex() {
        return fromGlobalIndex != null;
    }

    public String describe() {
        return byIndex() ? "global index " + fromGlobalIndex + ".." + toGlobalIndex : "stored " + from + ".." + to;
    }
}
