package dev.hostledger.kit.ops.maintenance;

import dev.hostledger.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * While automation is paused, records from outside systems (payments, deliveries) stay in Kafka: accepted and
 * buffered there, in order, and applied when the operator resumes. Hostledger's own topics keep flowing.
 */
public class InboundBuffering implements Runnable {

    private final MaintenanceMode maintenance;
    private final MessageListenerContainer container;

    public InboundBuffering(MaintenanceMode maintenance, MessageListenerContainer container) {
        this.maintenance = maintenance;
        this.container = container;
    }

    /** The concurrent container does not report pause requests it passed on to its children: keep our own. */
    private final Set<TopicPartition> pausedHere = ConcurrentHashMap.newKeySet();

    @Override
    public void run() {
        if (maintenance.automationPaused()) {
            for (TopicPartition partition : container.getAssignedPartitions()) {
                if (Topics.INBOUND.contains(partition.topic()) && pausedHere.add(partition)) {
                    container.pausePartition(partition);
                }
            }
        } else {
            for (TopicPartition partition : pausedHere) {
                container.resumePartition(partition);
                pausedHere.remove(partition);
            }
        }
    }
}
