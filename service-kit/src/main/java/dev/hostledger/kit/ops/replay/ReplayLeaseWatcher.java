package dev.hostledger.kit.ops.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * What makes every instance obey a replay started on another one: it looks at the leases every poll interval, shuts
 * down its own processor while a peer's lease on it is live (which releases its segments, so the peer can reset the
 * tokens), and starts it again once the lease is gone or abandoned.
 */
public class ReplayLeaseWatcher {

    private static final Logger log = LoggerFactory.getLogger(ReplayLeaseWatcher.class);

    private final ReplayLeases leases;
    private final EventProcessingConfiguration processing;
    private final String instanceId;
    private final Set<String> stoppedForPeers = new HashSet<>();

    public ReplayLeaseWatcher(ReplayLeases leases, EventProcessingConfiguration processing, String instanceId) {
        this.leases = leases;
        this.processing = processing;
        this.instanceId = instanceId;
    }

    /** One look at the leases; run every poll interval (a {@code PeriodicWork} logs a failure and tries again). */
    public synchronized void obey() {
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
}
