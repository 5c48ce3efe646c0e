package dev.hostledger.kit.ops.replay;

import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.ops.OperatorRuns;
import dev.hostledger.kit.ops.OpsProgress;
import dev.hostledger.kit.publish.IntegrationEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rebuilds a projection from the event store through its own Axon processor, with progress. Only projections may be
 * replayed: their handlers write read models and nothing else, so a replay sends no e-mail and publishes nothing
 * (the publisher and command-issuing processors are refused, and are never reset).
 * <p>
 * Across instances: the run takes the processor's {@link ReplayLeases lease} first; every instance's
 * {@link ReplayLeaseWatcher} then shuts its own processor down, which releases its segments. Once no segment is
 * claimed anywhere, this instance reads the head of the store, resets the tokens (the projection's reset handler
 * empties its tables in the same transaction) and starts the processor. The replay is done when every segment's
 * token has reached the head read before the reset (Axon's {@code isReplaying()} stays true until a newer event
 * arrives, so it cannot tell). Then the lease is released and the peers start their processors again.
 */
public class ProjectionReplays implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    /** A replay as operators see it. {@code error} once failed. */
    public record Run(String id, String processor, String operator, String reason, OpsProgress progress,
                      String error) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final JdbcTemplate jdbc;
    private final ReplayLeases leases;
    private final OperatorRuns operatorRuns;
    private final Set<String> projections;
    private final String instanceId;
    private final ReplayProperties properties;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "projection-replay");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionReplays(EventProcessingConfiguration processing, EventStore eventStore, TokenStore tokenStore,
                             JdbcTemplate jdbc, ReplayLeases leases, OperatorRuns operatorRuns,
                             Set<String> projections, String instanceId, ReplayProperties properties) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.jdbc = jdbc;
        this.leases = leases;
        this.operatorRuns = operatorRuns;
        this.projections = Set.copyOf(projections);
        this.instanceId = instanceId;
        this.properties = properties;
    }

    public Set<String> replayable() {
        return new TreeSet<>(projections);
    }

    /**
     * @throws IllegalArgumentException the processor is not a projection of this service (HTTP 400)
     * @throws IllegalStateException    it is being replayed already (HTTP 409)
     */
    public Run start(String processor, Actor operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a replay needs a reason");
        }
        if (IntegrationEventPublisher.PROCESSING_GROUP.equals(processor)) {
            throw new IllegalArgumentException("processor " + processor + " publishes to Kafka and is never "
                    + "replayed; to send history again use POST /ops/republish");
        }
        if (!projections.contains(processor)) {
            throw new IllegalArgumentException("processor " + processor + " is not a projection of this service; "
                    + "replayable: " + replayable());
        }
        StreamingEventProcessor streaming = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + processor));
        String id = UUID.randomUUID().toString();
        if (!leases.acquire(processor, id, instanceId)) {
            throw new IllegalStateException("processor " + processor + " is being replayed already");
        }
        operatorRuns.started(id, OperatorRuns.Kind.REPLAY, processor, operator, reason);
        Run run = new Run(id, processor, operator.id(), reason, new OpsProgress(), null);
        runs.put(id, run);
        log.info("replay {} of {} requested by {}: {}", id, processor, operator.id(), reason);
        executor.execute(() -> replay(run, streaming));
        return run;
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void replay(Run run, StreamingEventProcessor processor) {
        OpsProgress progress = run.progress();
        try {
            progress.enter(OpsProgress.Phase.WAITING_FOR_PEERS);
            processor.shutDown();
            awaitSegmentsReleased(run);
            TrackingToken headToken = eventStore.createHeadToken();
            long head = headToken == null ? -1 : headToken.position().orElse(-1);
            Long first = jdbc.queryForObject("SELECT min(global_index) FROM domain_event_entry", Long.class);
            long before = first == null ? head : first - 1;
            progress.expect(Math.max(0, head - before));
            processor.resetTokens();
            progress.enter(OpsProgress.Phase.RUNNING);
            processor.start();
            int segments = tokenStore.fetchSegments(run.processor()).length;
            while (!reached(processor, segments, head, before, progress)) {
                leases.heartbeat(run.processor(), run.id());
                Thread.sleep(properties.pollInterval().toMillis());
            }
            progress.enter(OpsProgress.Phase.DONE);
            operatorRuns.finished(run.id(), OperatorRuns.Outcome.DONE, progress.total() + " events replayed in "
                    + String.format("%.1f s (%,.0f events/s)", progress.view().elapsedSeconds(),
                    progress.view().eventsPerSecond()));
            log.info("replay {} of {} done: {}", run.id(), run.processor(), progress.view());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(run, e);
        } catch (RuntimeException e) {
            failed(run, e);
        } finally {
            leases.release(run.processor(), run.id());
            if (!processor.isRunning()) {
                processor.start(); // a failed run leaves the projection catching up as usual, never stopped
            }
        }
    }

    private void awaitSegmentsReleased(Run run) throws InterruptedException {
        long deadline = System.nanoTime() + properties.peerReleaseTimeout().toNanos();
        while (leases.claimedSegments(run.processor()) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("segments of " + run.processor() + " are still claimed after "
                        + properties.peerReleaseTimeout() + "; an instance does not obey replay leases");
            }
            leases.heartbeat(run.processor(), run.id());
            Thread.sleep(properties.pollInterval().toMillis());
        }
    }

    /** Done by global index: the lowest segment's position against the head read before the reset. */
    private static boolean reached(StreamingEventProcessor processor, int segments, long head, long before,
                                   OpsProgress progress) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            // A segment in error is retried by the processor (PropagatingErrorHandler): the run waits for it.
            TrackingToken token = segment.getTrackingToken();
            lowest = Math.min(lowest, token == null ? before : token.position().orElse(before));
        }
        if (status.size() < segments) {
            lowest = before; // some segment is not claimed yet: it has done nothing
        }
        progress.done(Math.max(0, Math.min(lowest, head) - before));
        return lowest >= head;
    }

    private void failed(Run run, Exception e) {
        log.error("replay {} of {} failed", run.id(), run.processor(), e);
        run.progress().enter(OpsProgress.Phase.FAILED);
        runs.put(run.id(), new Run(run.id(), run.processor(), run.operator(), run.reason(), run.progress(),
                e.toString()));
        operatorRuns.finished(run.id(), OperatorRuns.Outcome.FAILED, e.toString());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
