package dev.hostledger.kit.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Recomputes the hash the database trigger wrote at append time (migration V10 defines the canonical bytes; this
 * must stay byte-for-byte the same): sha256(previous hash || global index || length-prefixed columns). One instance
 * per thread: it reuses its digest.
 */
final class EventHashChain {

    static final byte[] NO_PREVIOUS = new byte[0];
    private static final int NULL_LENGTH = -1;

    private final MessageDigest sha256;
    private final byte[] scratch = new byte[8];

    EventHashChain() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    byte[] hash(byte[] previousHash, StoredEvent event) {
        sha256.update(previousHash);
        putLong(event.globalIndex());
        field(event.aggregateIdentifier());
        field(event.type());
        field(event.eventIdentifier());
        field(event.payloadType());
        field(event.payloadRevision());
        field(event.timeStamp());
        field(event.metaData());
        field(event.payload());
        return sha256.digest();
    }

    private void field(byte[] value) {
        if (value == null) {
            putInt(NULL_LENGTH);
        } else {
            putInt(value.length);
            sha256.update(value);
        }
    }

    private void putInt(int value) {
        for (int i = 0; i < 4; i++) {
            scratch[i] = (byte) (value >>> (24 - 8 * i));
        }
        sha256.update(scratch, 0, 4);
    }

    private void putLong(long value) {
        for (int i = 0; i < 8; i++) {
            scratch[i] = (byte) (value >>> (56 - 8 * i));
        }
        sha256.update(scratch, 0, 8);
    }
}
