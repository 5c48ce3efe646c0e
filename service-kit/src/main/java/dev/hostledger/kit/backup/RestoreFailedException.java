package dev.hostledger.kit.backup;

/** A restore, backup or drill that could not finish for a reason other than a damaged archive. */
public class RestoreFailedException extends RuntimeException {

    public RestoreFailedException(String message) {
        super(message);
    }

    public RestoreFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
