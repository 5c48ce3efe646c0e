package dev.hostledger.kit.integrity;

/** A stored event the publisher has passed, so its CloudEvent must be on {@code topic}. */
record PublishedEvent(String eventId, String aggregate, long sequence, String topic) {
}
