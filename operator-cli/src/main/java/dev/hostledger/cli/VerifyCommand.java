package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "verify", description = "Verify a service's event log, projections and topics (exit 1 on faults).")
class VerifyCommand extends ServiceOption implements Callable<Integer> {

    @Override
    public Integer call() {
        OpsClient client = client();
        JsonNode started = client.post("/ops/verify", null);
        JsonNode run = RunFollower.follow(client, "/ops/verify/" + started.get("id").asText(), "eventsChecked",
                "eventsTotal", new ProgressBar(cli().err, "verify " + service), cli().poll);
        print(run);
        if (!run.path("phase").asText().equals("DONE")) {
            return ExitCodes.FAULTS_OR_REFUSED;
        }
        return run.path("clean").asBoolean() ? ExitCodes.OK : ExitCodes.FAULTS_OR_REFUSED;
    }
}
