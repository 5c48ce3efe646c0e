package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "replay", description = "Rebuild a projection from the event store, with progress. "
        + "Without a processor: list the replayable ones.")
class ReplayCommand extends ServiceOption implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "projection processor, e.g. account-summary")
    String processor;

    @Option(names = "--reason", description = "why (recorded with your name); required to replay")
    String reason;

    @Option(names = "--no-wait", description = "start and print the run id without following it")
    boolean noWait;

    @Override
    public Integer call() {
        OpsClient client = client();
        if (processor == null) {
            print(client.get("/ops/replays"));
            return ExitCodes.OK;
        }
        if (reason == null || reason.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, "--reason is required to replay");
        }
        JsonNode started = client.post("/ops/replays", Map.of("processor", processor, "reason", reason));
        if (noWait) {
            print(started);
            return ExitCodes.OK;
        }
        JsonNode run = RunFollower.follow(client, "/ops/replays/" + started.get("id").asText(), "eventsDone",
                "eventsTotal", new ProgressBar(cli().err, "replay " + processor), cli().poll);
        print(run);
        return RunFollower.exitCodeOf(run);
    }
}
