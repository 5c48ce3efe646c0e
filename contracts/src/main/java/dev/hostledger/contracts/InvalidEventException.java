package dev.hostledger.contracts;

/** A record that is not a valid Hostledger CloudEvent; the message is the reason a dead-letter record carries. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reason) {
        super(reason);
    }

    public InvalidEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
