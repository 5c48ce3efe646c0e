package dev.hostledger.notification.delivery;

import dev.hostledger.kit.config.ServiceProperties;
import dev.hostledger.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The delivery threads: each claims a batch (transaction 1), hands it to the SMTP server, and records the outcomes
 * (transaction 2). A separate thread says this process is alive and sweeps up other processes' lost attempts.
 * Stopping lets every batch in flight finish, so a clean shutdown leaves nothing in doubt.
 */
@Component
public class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);
    private static final long STOP_WAIT_MILLIS = 60_000;

    private final DeliveryClaims claims;
    private final SmtpCourier courier;
    private final DeliveryOutcomes outcomes;
    private final InDoubtSweeper sweeper;
    private final DeliveryQueue queue;
    private final NotificationProperties.Delivery properties;
    private final Clock clock;
    private final String owner;
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService heartbeat;
    private volatile boolean running;

    public DeliveryWorkers(DeliveryClaims claims, SmtpCourier courier, DeliveryOutcomes outcomes,
                           InDoubtSweeper sweeper, DeliveryQueue queue, NotificationProperties properties,
                           ServiceProperties service, Clock clock) {
        this.claims = claims;
        this.courier = courier;
        this.outcomes = outcomes;
        this.sweeper = sweeper;
        this.queue = queue;
        this.properties = properties.delivery();
        this.clock = clock;
        this.owner = service.name() + "/" + UUID.randomUUID();
    }

    public String owner() {
        return owner;
    }

    @Override
    public synchronized void start() {
        // Alive before the first claim, or a sweep elsewhere could take our first attempts for lost.
        queue.heartbeat(owner, clock.instant());
        running = true;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "notification-heartbeat"));
        long every = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beatAndSweep, 0, every, TimeUnit.MILLISECONDS);
        for (int i = 0; i < properties.workers(); i++) {
            Thread thread = new Thread(this::work, "notification-delivery-" + i);
            threads.add(thread);
            thread.start();
        }
    }

    /** One round: claim, send, record. @return how many due messages it found */
    public int deliverOnce() {
        DeliveryClaims.Claimed claimed = claims.claim(owner);
        if (!claimed.toSend().isEmpty()) {
            outcomes.record(courier.deliver(claimed.toSend()), owner);
        }
        return claimed.looked();
    }

    private void work() {
        while (running) {
            try {
                if (deliverOnce() == 0) {
                    Thread.sleep(properties.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Delivery round failed; retrying after {}: {}", properties.pollInterval(), e.toString());
                pause();
            }
        }
    }

    private void beatAndSweep() {
        try {
            queue.heartbeat(owner, clock.instant());
            sweeper.sweep();
        } catch (RuntimeException e) {
            log.warn("Delivery heartbeat or in-doubt sweep failed: {}", e.toString());
        }
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        heartbeat.shutdownNow();
        try {
            queue.forget(owner);
        } catch (RuntimeException e) {
            log.warn("Could not remove delivery worker {}: {}", owner, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after, and stops before, the command bus, the event processors and the Kafka listener it relies on. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
