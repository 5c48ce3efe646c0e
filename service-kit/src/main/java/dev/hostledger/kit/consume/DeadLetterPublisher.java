package dev.hostledger.kit.consume;

import dev.hostledger.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Puts a rejected record, unchanged, on {@code <topic>.dlt} with why and where it came from in its headers, counts
 * it, and lists it for operators. The broker's acknowledgement is awaited: only then may the consumer move on.
 */
public class DeadLetterPublisher {

    public static final String REASON_HEADER = "hostledger.dlt.reason";
    public static final String CONSUMER_HEADER = "hostledger.dlt.consumer";
    public static final String ORIGINAL_TOPIC_HEADER = "hostledger.dlt.original-topic";
    public static final String ORIGINAL_PARTITION_HEADER = "hostledger.dlt.original-partition";
    public static final String ORIGINAL_OFFSET_HEADER = "hostledger.dlt.original-offset";
    public static final String DEAD_LETTERED_AT_HEADER = "hostledger.dlt.dead-lettered-at";

    private static final int REASON_LIMIT = 2000;
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    public DeadLetterPublisher(KafkaTemplate<String, byte[]> kafkaTemplate, JdbcTemplate jdbc, Clock clock,
                               MeterRegistry meters) {
        this.kafkaTemplate = kafkaTemplate;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    public void deadLetter(ConsumerRecord<String, byte[]> record, String consumer, String reason) throws Exception {
        String boundedReason = reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT) : reason;
        Instant now = clock.instant();
        ProducerRecord<String, byte[]> deadLetter =
                new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()), record.key(), record.value());
        for (Header header : record.headers()) {
            deadLetter.headers().add(header);
        }
        deadLetter.headers()
                .add(REASON_HEADER, utf8(boundedReason))
                .add(CONSUMER_HEADER, utf8(consumer))
                .add(ORIGINAL_TOPIC_HEADER, utf8(record.topic()))
                .add(ORIGINAL_PARTITION_HEADER, utf8(Integer.toString(record.partition())))
                .add(ORIGINAL_OFFSET_HEADER, utf8(Long.toString(record.offset())))
                .add(DEAD_LETTERED_AT_HEADER, utf8(now.toString()));
        kafkaTemplate.send(deadLetter).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        jdbc.update("""
                        INSERT INTO dead_lettered_record (consumer, topic, partition_no, record_offset, record_key,
                                                          reason, dead_lettered_at, record_value)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (consumer, topic, partition_no, record_offset) DO NOTHING""",
                consumer, record.topic(), record.partition(), record.offset(), record.key(), boundedReason,
                Timestamp.from(now), record.value());
        meters.counter("hostledger.dead.letters", "topic", record.topic(), "consumer", consumer).increment();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
