package dev.hostledger.kit.integrity;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.InvalidEventException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Every event the publisher has passed must be on its topic as a CloudEvent with the stored event's id. The end
 * offsets are taken when the run starts, right after the publisher's position: whatever it had acknowledged by then
 * lies below them. Reads with a plain consumer on assigned partitions, committing nothing.
 */
final class TopicCompletenessCheck {

    private final String service;
    private final ConsumerFactory<String, byte[]> consumers;
    private final CloudEventCodec codec;
    private final Duration readTimeout;

    TopicCompletenessCheck(String service, ConsumerFactory<String, byte[]> consumers, CloudEventCodec codec,
                           Duration readTimeout) {
        this.service = service;
        this.consumers = consumers;
        this.codec = codec;
        this.readTimeout = readTimeout;
    }

    Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try (Consumer<String, byte[]> consumer = newConsumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, readTimeout).forEach(p -> partitions.add(
                        new TopicPartition(topic, p.partition())));
            }
            return consumer.endOffsets(partitions, readTimeout);
        }
    }

    List<IntegrityFault> check(List<PublishedEvent> published, Map<TopicPartition, Long> endOffsets) {
        Map<String, Map<String, PublishedEvent>> expectedByTopic = new HashMap<>();
        for (PublishedEvent event : published) {
            expectedByTopic.computeIfAbsent(event.topic(), t -> new HashMap<>()).put(event.eventId(), event);
        }
        List<IntegrityFault> faults = new ArrayList<>();
        expectedByTopic.forEach((topic, expected) -> {
            Set<String> onTopic = idsOn(topic, endOffsets);
            expected.values().stream().filter(event -> !onTopic.contains(event.eventId()))
                    .forEach(event -> faults.add(new IntegrityFault(service, event.aggregate(), event.sequence(),
                            FaultKind.NOT_ON_TOPIC, "event " + event.eventId() + " was published (the publisher "
                            + "passed it) but is not on " + topic)));
        });
        return faults;
    }

    private Set<String> idsOn(String topic, Map<TopicPartition, Long> endOffsets) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        endOffsets.forEach((partition, end) -> {
            if (partition.topic().equals(topic) && end > 0) {
                ends.put(partition, end);
            }
        });
        Set<String> ids = new HashSet<>();
        if (ends.isEmpty()) {
            return ids;
        }
        try (Consumer<String, byte[]> consumer = newConsumer()) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            // A topic recreated since the run started may now end lower than captured: read what it holds.
            consumer.endOffsets(ends.keySet(), readTimeout).forEach((partition, current) ->
                    ends.merge(partition, current, Math::min));
            long deadline = System.nanoTime() + readTimeout.toNanos();
            while (!ends.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " up to " + ends + " within "
                            + readTimeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    idOf(record).ifPresent(ids::add);
                }
                ends.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
            }
        }
        return ids;
    }

    private Optional<String> idOf(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.of(codec.decode(record.value()).id());
        } catch (InvalidEventException e) {
            // Not a valid CloudEvent: it publishes nothing, so the event it was meant to carry counts as missing.
            return Optional.empty();
        }
    }

    private Consumer<String, byte[]> newConsumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        return consumers.createConsumer(null, service + "-verify", null, overrides);
    }
}
