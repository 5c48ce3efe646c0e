package dev.hostledger.kit.consume;

import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.InvalidEventException;
import dev.hostledger.kit.actor.Actor;
import dev.hostledger.kit.web.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Re-drives a dead letter through the same checks and listeners as a consumed record, on behalf of the operator who
 * asked (the effects' events name them and their reason). The record is re-driven as it was, after its cause was
 * fixed elsewhere, or as corrected by the operator. A record that is still refused stays open, with the new reason.
 */
public class DeadLetterRedrive {

    public record Outcome(long deadLetterId, boolean applied, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final InboundRecordProcessor processor;
    private final Clock clock;

    public DeadLetterRedrive(JdbcTemplate jdbc, InboundRecordProcessor processor, Clock clock) {
        this.jdbc = jdbc;
        this.processor = processor;
        this.clock = clock;
    }

    public Outcome redrive(long deadLetterId, byte[] correctedValue, Actor operator, String reason) {
        Map<String, Object> row = jdbc.queryForList("""
                SELECT topic, partition_no, record_offset, record_key, record_value, status
                FROM dead_lettered_record WHERE id = ?""", deadLetterId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("dead letter", Long.toString(deadLetterId)));
        if ("REDRIVEN".equals(row.get("status"))) {
            throw new IllegalStateException("dead letter " + deadLetterId + " was already re-driven");
        }
        byte[] value = correctedValue != null ? correctedValue : (byte[]) row.get("record_value");
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>((String) row.get("topic"),
                ((Number) row.get("partition_no")).intValue(), ((Number) row.get("record_offset")).longValue(),
                (String) row.get("record_key"), value);
        DecodedEvent decoded;
        try {
            decoded = processor.codec().decode(value);
        } catch (InvalidEventException e) {
            return stillRefused(deadLetterId, e.getMessage());
        }
        List<InboundRecordProcessor.Rejection> rejections =
                processor.applyToListeners(ReceivedEvent.redriven(decoded, record, operator, reason));
        if (!rejections.isEmpty()) {
            return stillRefused(deadLetterId, rejections.stream()
                    .map(r -> r.listener() + ": " + r.reason()).collect(Collectors.joining("; ")));
        }
        jdbc.update("""
                        UPDATE dead_lettered_record
                        SET status = 'REDRIVEN', redriven_at = ?, redriven_by = ?, redrive_reason = ?
                        WHERE id = ?""",
                Timestamp.from(clock.instant()), operator.id(), reason, deadLetterId);
        return new Outcome(deadLetterId, true, null);
    }

    private Outcome stillRefused(long deadLetterId, String reason) {
        jdbc.update("UPDATE dead_lettered_record SET reason = ? WHERE id = ?",
                reason.length() > 2000 ? reason.substring(0, 2000) : reason, deadLetterId);
        return new Outcome(deadLetterId, false, reason);
    }
}
