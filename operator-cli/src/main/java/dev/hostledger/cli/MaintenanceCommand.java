package dev.hostledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "maintenance", description = "Show, pause or resume a service's automated actions "
        + "(invoicing, dunning, suspension); inbound events keep being accepted.")
class MaintenanceCommand extends ServiceOption implements Callable<Integer> {

    enum Action { status, pause, resume }

    @Parameters(index = "0", description = "status, pause or resume")
    Action action;

    @Option(names = "--reason", description = "why (recorded with your name); required to pause or resume")
    String reason;

    @Override
    public Integer call() {
        if (action == Action.status) {
            print(client().get("/ops/maintenance"));
            return ExitCodes.OK;
        }
        if (reason == null || reason.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "--reason is required to " + action);
        }
        print(client().post("/ops/maintenance", Map.of("paused", action == Action.pause, "reason", reason)));
        return ExitCodes.OK;
    }
}
