package dev.hostledger.kit.consume;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;

/** Remembers which CloudEvent ids each consumer applied; called inside the transaction of the effect. */
public class ProcessedEventInbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProcessedEventInbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return true the first time this consumer sees the event id, false for a redelivery */
    public boolean firstDelivery(String consumer, ReceivedEvent received) {
        var record = received.record();
        int inserted = jdbc.update("""
                        INSERT INTO processed_event
                            (consumer, event_id, event_type, topic, partition_no, record_offset, processed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (consumer, event_id) DO NOTHING""",
                consumer, received.id(), received.event().type().name(), record.topic(), record.partition(),
                record.offset(), Timestamp.from(clock.instant()));
        return inserted == 1;
    }
}
