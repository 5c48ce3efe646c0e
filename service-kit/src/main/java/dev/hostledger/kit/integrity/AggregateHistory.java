package dev.hostledger.kit.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The stored events of one aggregate, in sequence order, judged together: continuity of sequence numbers, agreement
 * of sequence order with append order (global index), the hash chain in append order, and the checkpoint. Each
 * fault is reported once, at the event it concerns: a deleted event is a gap (the event after it is not blamed for
 * its missing predecessor), and a renumbered event is moved (its hash, which leaves the sequence number out, stays
 * valid).
 */
final class AggregateHistory {

    private static final HexFormat HEX = HexFormat.of();

    private final String service;
    private final EventHashChain chain;
    private final List<StoredEvent> events = new ArrayList<>();
    private String aggregate;

    AggregateHistory(String service, EventHashChain chain) {
        this.service = service;
        this.chain = chain;
    }

    boolean belongsTo(StoredEvent event) {
        return events.isEmpty() || Arrays.equals(events.get(0).aggregateIdentifier(), event.aggregateIdentifier());
    }

    void add(StoredEvent event) {
        if (events.isEmpty()) {
            aggregate = event.aggregate();
        }
        events.add(event);
    }

    boolean isEmpty() {
        return events.isEmpty();
    }

    String aggregate() {
        return aggregate;
    }

    /** Judges what was added, reports each fault, and starts over empty for the next aggregate. */
    void judge(Checkpoint checkpoint, Consumer<IntegrityFault> faults) {
        checkContinuity(faults);
        List<StoredEvent> appendOrder = appendOrder(faults);
        checkChain(appendOrder, faults);
        if (checkpoint != null) {
            checkCheckpoint(checkpoint, faults);
        }
        events.clear();
        aggregate = null;
    }

    private void checkContinuity(Consumer<IntegrityFault> faults) {
        long expected = 0;
        for (StoredEvent event : events) {
            if (event.sequenceNumber() > expected) {
                faults.accept(fault(expected, FaultKind.SEQUENCE_GAP, expected == event.sequenceNumber() - 1
                        ? "event " + expected + " is missing"
                        : "events " + expected + ".." + (event.sequenceNumber() - 1) + " are missing"));
            }
            expected = event.sequenceNumber() + 1;
        }
    }

    /**
     * Axon appends an aggregate's events in sequence order, each with a higher global index, so sorting by global
     * index gives the order they were appended in; an event whose rank there differs from its rank by sequence
     * number was moved. Sorting happens only when the order is actually broken.
     */
    private List<StoredEvent> appendOrder(Consumer<IntegrityFault> faults) {
        boolean ordered = true;
        for (int i = 1; i < events.size() && ordered; i++) {
            ordered = events.get(i).globalIndex() > events.get(i - 1).globalIndex();
        }
        if (ordered) {
            return events;
        }
        List<StoredEvent> appended = new ArrayList<>(events);
        appended.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        for (int rank = 0; rank < appended.size(); rank++) {
            StoredEvent moved = appended.get(rank);
            if (moved != events.get(rank)) {
                faults.accept(fault(moved.sequenceNumber(), FaultKind.SEQUENCE_MOVED,
                        "event " + moved.eventId() + " (global index " + moved.globalIndex()
                                + ") was appended as sequence " + events.get(rank).sequenceNumber()
                                + " and is stored as sequence " + moved.sequenceNumber()));
            }
        }
        return appended;
    }

    /**
     * In append order, the k-th appended event holds the k-th present sequence number; its predecessor is checked
     * only when that predecessor is present (a missing one is already a gap).
     */
    private void checkChain(List<StoredEvent> appendOrder, Consumer<IntegrityFault> faults) {
        for (int k = 0; k < appendOrder.size(); k++) {
            StoredEvent event = appendOrder.get(k);
            if (event.eventHash() == null) {
                faults.accept(fault(event.sequenceNumber(), FaultKind.HASH_MISSING,
                        "event " + event.eventId() + " was stored without a hash"));
                continue;
            }
            long appendedAs = events.get(k).sequenceNumber();
            byte[] previous;
            if (appendedAs == 0) {
                previous = EventHashChain.NO_PREVIOUS;
            } else if (k > 0 && events.get(k - 1).sequenceNumber() == appendedAs - 1
                    && appendOrder.get(k - 1).eventHash() != null) {
                previous = appendOrder.get(k - 1).eventHash();
            } else {
                continue;
            }
            byte[] recomputed = chain.hash(previous, event);
            if (!Arrays.equals(recomputed, event.eventHash())) {
                faults.accept(fault(event.sequenceNumber(), FaultKind.HASH_MISMATCH,
                        "event " + event.eventId() + ": stored hash " + HEX.formatHex(event.eventHash())
                                + ", its bytes and predecessor give " + HEX.formatHex(recomputed)));
            }
        }
    }

    private void checkCheckpoint(Checkpoint checkpoint, Consumer<IntegrityFault> faults) {
        long head = events.get(events.size() - 1).sequenceNumber();
        if (head < checkpoint.lastSequence()) {
            faults.accept(fault(head + 1, FaultKind.HEAD_BELOW_CHECKPOINT, head + 1 == checkpoint.lastSequence()
                    ? "event " + checkpoint.lastSequence() + " (checkpointed as the last) is missing"
                    : "events " + (head + 1) + ".." + checkpoint.lastSequence() + " (checkpointed) are missing"));
            return;
        }
        for (StoredEvent event : events) {
            if (event.sequenceNumber() == checkpoint.lastSequence()
                    && !Arrays.equals(event.eventHash(), checkpoint.lastHash())) {
                faults.accept(fault(event.sequenceNumber(), FaultKind.CHECKPOINT_MISMATCH,
                        "checkpointed hash " + HEX.formatHex(checkpoint.lastHash()) + ", stored "
                                + (event.eventHash() == null ? "none" : HEX.formatHex(event.eventHash()))));
            }
        }
    }

    private IntegrityFault fault(long sequence, FaultKind kind, String detail) {
        return new IntegrityFault(service, aggregate, sequence, kind, detail);
    }
}
