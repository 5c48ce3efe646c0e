package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Backup, restore and restore drill of a service's event log (service-kit's /ops/backup endpoints). */
final class BackupCommands {

    private BackupCommands() {
    }

    /** Starts a backup run and follows it; exit 1 when it fails or its result says it is not clean. */
    private static int run(ServiceOption command, String path, Map<String, Object> body) {
        OpsClient client = command.client();
        JsonNode started = client.post(path, body);
        JsonNode run = RunFollower.follow(client, "/ops/backup-runs/" + started.get("id").asText(), "events",
                "eventsTotal", new ProgressBar(command.cli().err, started.path("action").asText().toLowerCase()
                        + " " + command.service), command.cli().poll);
        command.print(run);
        boolean unclean = run.path("result").path("clean").isBoolean() && !run.path("result").path("clean").asBoolean();
        return unclean ? ExitCodes.FAULTS_OR_REFUSED : RunFollower.exitCodeOf(run);
    }

    @Command(name = "backup", description = "Back up a service's event log into a verified archive.")
    static class Backup extends ServiceOption implements Callable<Integer> {
        @Option(names = "--reason", required = true, description = "why (recorded with your name)")
        String reason;

        @Override
        public Integer call() {
            return run(this, "/ops/backup", Map.of("reason", reason));
        }
    }

    @Command(name = "restore", description = "Restore a service's event log from an archive (optionally up to an "
            + "instant).")
    static class Restore extends ServiceOption implements Callable<Integer> {
        @Option(names = "--archive", required = true, description = "archive name, as the backup reported it")
        String archive;
        @Option(names = "--up-to", description = "restore only events up to this ISO-8601 instant")
        String upTo;
        @Option(names = "--reason", required = true, description = "why (recorded with your name)")
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("archive", archive);
            if (upTo != null) {
                body.put("upTo", upTo);
            }
            body.put("reason", reason);
            return run(this, "/ops/restore", body);
        }
    }

    @Command(name = "restore-drill", description = "Restore an archive into a scratch database and compare it; the "
            + "live store is not touched (exit 1 when the drill finds differences).")
    static class Drill extends ServiceOption implements Callable<Integer> {
        @Option(names = "--archive", description = "archive name (default: a fresh backup)")
        String archive;
        @Option(names = "--reason", required = true, description = "why (recorded with your name)")
        String reason;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            if (archive != null) {
                body.put("archive", archive);
            }
            body.put("reason", reason);
            return run(this, "/ops/restore-drill", body);
        }
    }
}
