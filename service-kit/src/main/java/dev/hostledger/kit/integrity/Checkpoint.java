package dev.hostledger.kit.integrity;

/** An aggregate's head as recorded once its events were older than the gap timeout. */
record Checkpoint(String aggregate, long lastSequence, byte[] lastHash) {
}
