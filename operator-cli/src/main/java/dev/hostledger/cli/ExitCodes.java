package dev.hostledger.cli;

/** What a script can rely on. */
public final class ExitCodes {

    /** Done, and nothing wrong was found. */
    public static final int OK = 0;
    /** Faults found (verify), the operation failed, or the service refused the request (4xx/5xx problem). */
    public static final int FAULTS_OR_REFUSED = 1;
    /** Wrong use of the command line (picocli's own usage code), or no credentials configured. */
    public static final int USAGE = 2;
    /** The service could not be reached, or it refused the operator credential (401/403). */
    public static final int UNREACHABLE_OR_AUTH = 3;

    private ExitCodes() {
    }
}
