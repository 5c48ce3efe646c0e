package dev.hostledger.kit.integrity;

import java.nio.charset.StandardCharsets;

/**
 * One row of {@code domain_event_entry} exactly as stored. Text columns stay as the bytes PostgreSQL sent (UTF-8):
 * the hash is over bytes, and decoding a million strings nobody reads would cost more than the hashing itself.
 */
record StoredEvent(long globalIndex, byte[] aggregateIdentifier, long sequenceNumber, byte[] type,
                   byte[] eventIdentifier, byte[] payloadType, byte[] payloadRevision, byte[] timeStamp,
                   byte[] metaData, byte[] payload, byte[] eventHash) {

    String aggregate() {
        return text(aggregateIdentifier);
    }

    String eventId() {
        return text(eventIdentifier);
    }

    String payloadTypeName() {
        return text(payloadType);
    }

    String revision() {
        return text(payloadRevision);
    }

    String aggregateType() {
        return text(type);
    }

    String timestamp() {
        return text(timeStamp);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
