package dev.hostledger.kit.ops.republish;

import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.ops.OperatorRuns;
import dev.hostledger.kit.ops.OpsProgress;
import dev.hostledger.kit.publish.IntegrationRecords;
import dev.hostledger.kit.publish.PublisherProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Sends a range of stored events to Kafka again, for a downstream consumer that lost data: the same records the
 * publisher sent (same topic, key and CloudEvent id, built by {@link IntegrationRecords}), marked with the CloudEvent
 * extensions {@code republished=true} and {@code republishrun=<run id>}. Consumers remember every id they applied, so
 * a record they had is a no-op; notification-service never e-mails a re-published record. The publisher's own
 * processor and token are not touched.
 */
public class Republisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Republisher.class);
    public static final String REPUBLISHED_EXTENSION = "republished";
    public static final String RUN_EXTENSION = "republishrun";

    /** A re-publication as operators see it; {@code recordsSent} counts acknowledged records while it runs. */
    public record Run(String id, String range, String operator, String reason, OpsProgress progress,
                      AtomicLong recordsSent, String error) {
    }

    private final EventStorageEngine storage;
    private final IntegrationRecords records;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcTemplate jdbc;
    private final OperatorRuns operatorRuns;
    private final PublisherProperties publisher;
    private final int inFlight;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "republish");
        thread.setDaemon(true);
        return thread;
    });

    public Republisher(EventStorageEngine storage, IntegrationRecords records, KafkaTemplate<String, byte[]> kafka,
                       JdbcTemplate jdbc, OperatorRuns operatorRuns, PublisherProperties publisher, int inFlight) {
        this.storage = storage;
        this.records = records;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.operatorRuns = operatorRuns;
        this.publisher = publisher;
        this.inFlight = inFlight;
    }

    public Run start(RepublishRange range, Actor operator, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a re-publication needs a reason");
        }
        String id = UUID.randomUUID().toString();
        operatorRuns.started(id, OperatorRuns.Kind.REPUBLISH, range.describe(), operator, reason);
        Run run = new Run(id, range.describe(), operator.id(), reason, new OpsProgress(), new AtomicLong(), null);
        runs.put(id, run);
        log.info("re-publication {} of {} requested by {}: {}", id, range.describe(), operator.id(), reason);
        executor.execute(() -> republish(run, range));
        return run;
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void republish(Run run, RepublishRange range) {
        OpsProgress progress = run.progress();
        AtomicLong sent = run.recordsSent();
        try {
            long[] indexes = indexRange(range);
            long from = indexes[0];
            long to = indexes[1];
            Long total = jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE global_index BETWEEN ? AND ?", Long.class, from, to);
            progress.expect(total == null ? 0 : total);
            progress.enter(OpsProgress.Phase.RUNNING);
            Map<String, String> marks = Map.of(REPUBLISHED_EXTENSION, "true", RUN_EXTENSION, run.id());
            List<CompletableFuture<SendResult<String, byte[]>>> pending = new ArrayList<>();
            long done = 0;
            if (from <= to) {
                try (Stream<? extends TrackedEventMessage<?>> events =
                             storage.readEvents(GapAwareTrackingToken.newInstance(from - 1, Set.of()), false)) {
                    Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                    while (iterator.hasNext()) {
                        TrackedEventMessage<?> event = iterator.next();
                        if (event.trackingToken().position().orElse(Long.MAX_VALUE) > to) {
                            break;
                        }
                        Optional<ProducerRecord<String, byte[]>> record = records.toRecord(event, marks);
                        if (record.isPresent()) {
                            pending.add(kafka.send(record.get()));
                        }
                        if (pending.size() >= inFlight) {
                            sent.addAndGet(awaitAcknowledged(pending));
                        }
                        progress.done(++done);
                    }
                }
            }
            sent.addAndGet(awaitAcknowledged(pending));
            progress.done(Math.max(done, progress.total()));
            progress.enter(OpsProgress.Phase.DONE);
            operatorRuns.finished(run.id(), OperatorRuns.Outcome.DONE, sent.get() + " records re-published from "
                    + done + " stored events of " + range.describe());
            log.info("re-publication {} done: {} records from {} events", run.id(), sent.get(), done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(run, e);
        } catch (Exception e) {
            failed(run, e);
        }
    }

    /** Waits for the broker's acknowledgement (acks=all) of every pending record: a re-publication is complete or failed. */
    private long awaitAcknowledged(List<CompletableFuture<SendResult<String, byte[]>>> pending) throws Exception {
        kafka.flush();
        for (CompletableFuture<SendResult<String, byte[]>> send : pending) {
            send.get(publisher.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        long acknowledged = pending.size();
        pending.clear();
        return acknowledged;
    }

    private long[] indexRange(RepublishRange range) {
        if (range.byIndex()) {
            return new long[]{range.fromGlobalIndex(), range.toGlobalIndex()};
        }
        // time_stamp is Axon's ISO-8601 text with a varying number of fraction digits: compare as timestamps.
        Map<String, Object> bounds = jdbc.queryForMap("""
                        SELECT min(global_index) AS low, max(global_index) AS high FROM domain_event_entry
                        WHERE time_stamp::timestamptz BETWEEN ? AND ?""",
                Timestamp.from(range.from()), Timestamp.from(range.to()));
        return bounds.get("low") == null ? new long[]{0, -1}
                : new long[]{((Number) bounds.get("low")).longValue(), ((Number) bounds.get("high")).longValue()};
    }

    private void failed(Run run, Exception e) {
        log.error("re-publication {} failed", run.id(), e);
        run.progress().enter(OpsProgress.Phase.FAILED);
        runs.put(run.id(), new Run(run.id(), run.range(), run.operator(), run.reason(), run.progress(),
                run.recordsSent(), e.toString()));
        operatorRuns.finished(run.id(), OperatorRuns.Outcome.FAILED, e.toString());
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
