package dev.hostledger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code hostledger-ops}: every operator endpoint of every service from one tool. Exit codes: {@value ExitCodes#OK}
 * ok, {@value ExitCodes#FAULTS_OR_REFUSED} faults found / refused / failed, {@value ExitCodes#USAGE} usage,
 * {@value ExitCodes#UNREACHABLE_OR_AUTH} unreachable or credential refused.
 */
@Command(name = "hostledger-ops", mixinStandardHelpOptions = true, version = "hostledger-ops 0.1.0",
        description = "Operate Hostledger services. Credentials: HOSTLEDGER_OPERATOR_USER / "
                + "HOSTLEDGER_OPERATOR_PASSWORD, or user= / password= in ~/.hostledger/operator.properties.",
        subcommands = {DeadLettersCommand.class, VerifyCommand.class, ReplayCommand.class, RepublishCommand.class,
                MaintenanceCommand.class, AsOfCommand.class, CompensationCommand.class, EventStoreCommand.class,
                GraceCommand.class, BackupCommands.Backup.class, BackupCommands.Restore.class,
                BackupCommands.Drill.class},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:faults found, refused or failed", "2:usage (or no credential configured)",
                "3:service unreachable or credential refused"})
public class OperatorCli {

    @Option(names = "--config", description = "config file (default ~/.hostledger/operator.properties)")
    Path configFile;

    @Option(names = "--poll", description = "how often a long-running operation is polled (default PT0.5S)",
            defaultValue = "PT0.5S", converter = DurationConverter.class)
    Duration poll;

    private final Map<String, String> env;
    private final Path home;
    final PrintWriter out;
    final PrintWriter err;
    private OperatorConfig config;

    public OperatorCli(Map<String, String> env, Path home, PrintWriter out, PrintWriter err) {
        this.env = env;
        this.home = home;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, System.getenv(), Path.of(System.getProperty("user.home")), out, err));
    }

    /** The whole tool, testable: returns the exit code instead of exiting. */
    public static int run(String[] args, Map<String, String> env, Path home, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new OperatorCli(env, home, out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CliFailure failure) {
                err.println("hostledger-ops: " + failure.getMessage());
                err.flush();
                return failure.exitCode();
            }
            throw e;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    OperatorConfig config() {
        if (config == null) {
            config = OperatorConfig.load(env, configFile != null ? configFile : OperatorConfig.defaultFile(home));
        }
        return config;
    }

    OpsClient client(String service) {
        OperatorConfig loaded = config();
        return new OpsClient(loaded.baseUrl(service), loaded.user(), loaded.password());
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Duration.parse(value);
        }
    }
}
