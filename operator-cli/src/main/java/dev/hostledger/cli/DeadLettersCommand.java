package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "dead-letters", description = "Inbound records a service refused.",
        subcommands = {DeadLettersCommand.ListCommand.class, DeadLettersCommand.RedriveCommand.class})
class DeadLettersCommand {

    @Command(name = "list", description = "List dead letters (default: open ones).")
    static class ListCommand extends ServiceOption implements Callable<Integer> {

        @Option(names = "--status", defaultValue = "OPEN", description = "OPEN or REDRIVEN")
        String status;

        @Override
        public Integer call() {
            print(client().get("/ops/dead-letters?status=" + status));
            return ExitCodes.OK;
        }
    }

    @Command(name = "redrive", description = "Re-drive one dead letter, as stored or corrected (exit 1 when still "
            + "refused).")
    static class RedriveCommand extends ServiceOption implements Callable<Integer> {

        @Parameters(index = "0", description = "dead letter id")
        long id;

        @Option(names = "--reason", required = true, description = "why (recorded with your name)")
        String reason;

        @Option(names = "--record", description = "file with the corrected CloudEvent (JSON)")
        Path record;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reason", reason);
            if (record != null) {
                try {
                    body.put("record", OpsClient.json().readValue(record.toFile(), JsonNode.class));
                } catch (IOException e) {
                    throw new CliFailure(ExitCodes.USAGE, "cannot read " + record + ": " + e.getMessage());
                }
            }
            print(client().post("/ops/dead-letters/" + id + "/redrive", body));
            return ExitCodes.OK;
        }
    }
}
