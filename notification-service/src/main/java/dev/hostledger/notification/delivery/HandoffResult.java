package dev.hostledger.notification.delivery;

/** How one SMTP handoff ended, as far as at-most-once delivery is concerned. */
public enum HandoffResult {
    /** The server accepted the message (250 after DATA). */
    SENT,
    /** Nothing was handed over (no connection, 4xx, authentication refused): another attempt is safe. */
    NOT_DELIVERED,
    /** The server refused it for good (5xx, a malformed address or message): trying again cannot help. */
    REFUSED,
    /** The connection broke or timed out mid-transfer: the server may have it. Never retried automatically. */
    UNKNOWN
}
