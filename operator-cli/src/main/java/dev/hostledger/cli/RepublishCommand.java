package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "republish", description = "Send a range of stored events to Kafka again, marked republished=true "
        + "(consumers' inboxes make repeats no-ops; nobody is e-mailed).")
class RepublishCommand extends ServiceOption implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Range range;

    static class Range {
        @ArgGroup(exclusive = false)
        ByIndex byIndex;
        @ArgGroup(exclusive = false)
        ByTime byTime;
    }

    static class ByIndex {
        @Option(names = "--from-index", required = true, description = "first global index")
        long from;
        @Option(names = "--to-index", required = true, description = "last global index (inclusive)")
        long to;
    }

    static class ByTime {
        @Option(names = "--from", required = true, description = "stored at or after (ISO-8601 instant)")
        String from;
        @Option(names = "--to", required = true, description = "stored at or before (ISO-8601 instant)")
        String to;
    }

    @Option(names = "--reason", required = true, description = "why (recorded with your name)")
    String reason;

    @Override
    public Integer call() {
        Map<String, Object> request = new LinkedHashMap<>();
        if (range.byIndex != null) {
            request.put("fromGlobalIndex", range.byIndex.from);
            request.put("toGlobalIndex", range.byIndex.to);
        } else {
            request.put("from", range.byTime.from);
            request.put("to", range.byTime.to);
        }
        request.put("reason", reason);
        OpsClient client = client();
        JsonNode started = client.post("/ops/republish", request);
        JsonNode run = RunFollower.follow(client, "/ops/republish/" + started.get("id").asText(), "eventsDone",
                "eventsTotal", new ProgressBar(cli().err, "republish " + service), cli().poll);
        print(run);
        return RunFollower.exitCodeOf(run);
    }
}
