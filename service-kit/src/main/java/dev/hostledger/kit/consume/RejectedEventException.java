package dev.hostledger.kit.consume;

/** A well-formed event this service will not apply; the message is the dead-letter reason. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
