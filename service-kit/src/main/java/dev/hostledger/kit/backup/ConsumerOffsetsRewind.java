package dev.hostledger.kit.backup;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * After a restore, the service's consumer group must start again right after the last record the restored inbox
 * knows, not where the lost database had got to: records consumed between the backup and the disaster are consumed
 * again (the restored inbox makes the ones it knows no-ops), so nothing accepted since the backup is lost.
 */
final class ConsumerOffsetsRewind {

    private ConsumerOffsetsRewind() {
    }

    /** @return the partitions rewound, with the offset each starts at */
    static Map<TopicPartition, OffsetAndMetadata> rewind(JdbcTemplate jdbc, AdminClient admin, String consumerGroup)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        jdbc.query("""
                SELECT topic, partition_no, max(record_offset) FROM (
                    SELECT topic, partition_no, record_offset FROM processed_event
                    UNION ALL
                    SELECT topic, partition_no, record_offset FROM dead_lettered_record) known
                GROUP BY topic, partition_no""", rs -> {
            offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)),
                    new OffsetAndMetadata(rs.getLong(3) + 1, "rewound after a restore"));
        });
        if (!offsets.isEmpty()) {
            admin.alterConsumerGroupOffsets(consumerGroup, offsets).all().get(30, TimeUnit.SECONDS);
        }
        return offsets;
    }
}
