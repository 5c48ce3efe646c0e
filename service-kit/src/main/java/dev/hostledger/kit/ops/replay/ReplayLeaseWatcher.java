package dev.hostledger.kit.ops.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What makes every instance obey a replay started on another one: it looks at the leases every poll interval, shuts
 * down its own processor while a peer's lease on it is live (which releases its segments, so the peer can reset the
 * tokens), and starts it again once the lease is gone or abandoned.
 */
public class ReplayLeaseWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplayLeaseWatcher.class);

    private final ReplayLeases leases;
    private final EventProcessingConfiguration processing;
    private final String instanceId;
    private final Duration interval;
    private final Set<String> stoppedForPeers = new HashSet<>();
    private ScheduledExecutorService executor;

    public ReplayLeaseWatcher(ReplayLeases leases, EventProcessingConfiguration processing, String instanceId,
                              Duration interval) {
        this.leases = leases;
        this.processing = processing;
        this.instanceId = instanceId;
        this.interval = interval;
    }

    /** Processors this instance has shut down because a peer replays them. */
    public synchronized Set<String> stoppedForPeers() {
        return Set.copyOf(stoppedForPeers);
    }

    synchronized void obey() {
        Set<String> held = leases.heldByOthers(instanceId);
        for (String processor : held) {
            if (stoppedForPeers.add(processor)) {
                streaming(processor).ifPresent(p -> {
                    log.info("processor {} is being replayed by another instance: shutting it down here", processor);
                    p.shutDown();
                });
            }
        }
        for (String processor : Set.copyOf(stoppedForPeers)) {
            if (!held.contains(processor)) {
                stoppedForPeers.remove(processor);
                streaming(processor).ifPresent(p -> {
                    log.info("replay of processor {} ended elsewhere: starting it again here", processor);
                    p.start();
                });
            }
        }
    }

    private java.util.Optional<StreamingEventProcessor> streaming(String processor) {
        return processing.eventProcessor(processor, StreamingEventProcessor.class);
    }

    private void tick() {
        try {
            obey();
        } catch (RuntimeException e) {
            log.warn("could not read the replay leases; trying again in {}", interval, e);
        }
    }

    // Started in the last phase (after Axon's processors), so a lease found at start-up stops a processor Axon started.
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "replay-lease-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
