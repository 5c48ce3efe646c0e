package dev.hostledger.kit.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Backups, restores and drills started by operators, one at a time in the background (a restore while a backup
 * reads, or two drills at once, would only get in each other's way), kept in memory with progress and outcome.
 */
public class BackupRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupRuns.class);

    /** A run as operators see it: {@code result} once done, {@code error} (where an archive is damaged) if not. */
    public record Run(String id, String action, BackupProgress progress, Object result, String error) {
    }

    /** The work of a run; it reports progress and returns what operators read as the result. */
    public interface Work {
        Object run(BackupProgress progress) throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "backup-restore");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public Run start(String action, Work work) {
        Run queued = new Run(UUID.randomUUID().toString(), action, new BackupProgress(), null, null);
        runs.put(queued.id(), queued);
        executor.execute(() -> {
            try {
                Object result = work.run(queued.progress());
                queued.progress().enter(BackupProgress.Phase.DONE);
                runs.put(queued.id(), new Run(queued.id(), action, queued.progress(), result, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(queued, e);
            } catch (Exception e) {
                failed(queued, e);
            }
        });
        return queued;
    }

    private void failed(Run run, Exception e) {
        log.error("{} {} did not finish: {}", run.action(), run.id(), e.getMessage(), e);
        run.progress().enter(BackupProgress.Phase.FAILED);
        runs.put(run.id(), new Run(run.id(), run.action(), run.progress(), null, e.getMessage()));
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
