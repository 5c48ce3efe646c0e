package dev.hostledger.kit.integrity;

/** What is wrong at a place in a service's history. */
public enum FaultKind {
    /** Sequence numbers of an aggregate skip: the events in between are missing. */
    SEQUENCE_GAP,
    /** An event sits at a sequence number other than the one it was appended at (order of appends disagrees). */
    SEQUENCE_MOVED,
    /** The stored bytes are not those hashed at append time, or the event does not follow its predecessor's hash. */
    HASH_MISMATCH,
    /** The event has no hash: written with the trigger disabled. */
    HASH_MISSING,
    /** The aggregate ends below a recorded checkpoint: its last events were removed. */
    HEAD_BELOW_CHECKPOINT,
    /** The event at a checkpoint's sequence is not the one checkpointed. */
    CHECKPOINT_MISMATCH,
    /** The payload type does not resolve or the payload or metadata does not deserialize into it. */
    UNDESERIALIZABLE,
    /** A projection row that a rebuild from the events would write is absent. */
    PROJECTION_ROW_MISSING,
    /** A projection row differs from what a rebuild from the events writes. */
    PROJECTION_ROW_DIFFERS,
    /** A projection row that no event explains. */
    PROJECTION_ROW_EXTRA,
    /** The projection's processor did not reach the head of the store in time, so it was not compared. */
    PROJECTION_BEHIND,
    /** A published event (the publisher already passed it) is not on its topic. */
    NOT_ON_TOPIC
}
