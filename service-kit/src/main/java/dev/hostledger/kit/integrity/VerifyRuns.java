package dev.hostledger.kit.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Verify runs started by operators, one at a time in the background (a run reads the whole store; two at once only
 * halve each other's speed), kept in memory with their progress and report until the service stops.
 */
public class VerifyRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VerifyRuns.class);

    /** A run as operators see it; {@code report} once done, {@code error} if it could not finish. */
    public record Run(String id, VerifyProgress progress, IntegrityReport report, String error) {
    }

    private final EventLogVerifier verifier;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "event-log-verify");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public VerifyRuns(EventLogVerifier verifier) {
        this.verifier = verifier;
    }

    public Run start() {
        Run queued = new Run(UUID.randomUUID().toString(), new VerifyProgress(), null, null);
        runs.put(queued.id(), queued);
        executor.execute(() -> {
            try {
                IntegrityReport report = verifier.verify(queued.progress());
                runs.put(queued.id(), new Run(queued.id(), queued.progress(), report, null));
                queued.progress().enter(VerifyProgress.Phase.DONE);
                log.info("verify {}:\n{}", queued.id(), report.describe());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(queued, e);
            } catch (RuntimeException e) {
                failed(queued, e);
            }
        });
        return queued;
    }

    private void failed(Run run, Exception e) {
        log.error("verify {} could not finish", run.id(), e);
        run.progress().enter(VerifyProgress.Phase.FAILED);
        runs.put(run.id(), new Run(run.id(), run.progress(), null, e.toString()));
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
