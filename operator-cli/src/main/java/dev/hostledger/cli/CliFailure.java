package dev.hostledger.cli;

/** Ends a command with a message for the operator and an {@link ExitCodes exit code}. */
public class CliFailure extends RuntimeException {

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
