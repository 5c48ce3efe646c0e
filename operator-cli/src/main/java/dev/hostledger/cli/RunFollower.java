package dev.hostledger.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/** Polls a long-running operation (verify, replay, re-publish) with a progress bar until it ends. */
final class RunFollower {

    private RunFollower() {
    }

    /** @return the final state of the run */
    static JsonNode follow(OpsClient client, String path, String doneField, String totalField, ProgressBar bar,
                           Duration poll) {
        while (true) {
            JsonNode run = client.get(path);
            String phase = run.path("phase").asText();
            bar.show(phase, run.path(doneField).asLong(), run.path(totalField).asLong(),
                    run.path("eventsPerSecond").asDouble(), run.hasNonNull("etaSeconds")
                            ? Long.valueOf(run.get("etaSeconds").asLong()) : null);
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                bar.end();
                return run;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliFailure(ExitCodes.FAULTS_OR_REFUSED, "interrupted; the run goes on: " + path);
            }
        }
    }

    static int exitCodeOf(JsonNode run) {
        return run.path("phase").asText().equals("DONE") ? ExitCodes.OK : ExitCodes.FAULTS_OR_REFUSED;
    }
}
