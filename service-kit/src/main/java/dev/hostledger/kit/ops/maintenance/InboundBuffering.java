package dev.hostledger.kit.ops.maintenance;

import dev.hostledger.contracts.Topics;
import dev.hostledger.kit.consume.InboundGate;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * While automation is paused, records from outside systems (payments, deliveries) stay in Kafka: accepted and
 * buffered there, in order, and applied when the operator resumes. Hostledger's own topics keep flowing.
 */
public class InboundBuffering implements Runnable, InboundGate {

    private final MaintenanceMode maintenance;
    private final MessageListenerContainer container;

    public InboundBuffering(MaintenanceMode maintenance, MessageListenerContainer container) {
        this.maintenance = maintenance;
        this.container = container;
    }

    /** A record fetched in the moment the pause began is refused too, and fetched again after the resume. */
    @Override
    public boolean open(String topic) {
        return !Topics.INBOUND.contains(topic) || !maintenance.automationPaused();
    }

    @Override
    public void run() {
        boolean paused = maintenance.automationPaused();
        for (TopicPartition partition : container.getAssignedPartitions()) {
            if (!Topics.INBOUND.contains(partition.topic())) {
                continue;
            }
            if (paused && !container.isPartitionPauseRequested(partition)) {
                container.pausePartition(partition);
            } else if (!paused && container.isPartitionPauseRequested(partition)) {
                container.resumePartition(partition);
            }
        }
    }
}
