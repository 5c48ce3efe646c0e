package dev.hostledger.kit.backup;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Holds a running service still while its store is restored: event processors shut down (they would otherwise keep
 * their in-memory tokens and publish or project from the old position) and Kafka consumers stopped (they would
 * write into the store being restored). Both start again afterwards, from the positions the restore wrote, also when
 * the restore was refused.
 */
public class ServiceQuiescence {

    private final EventProcessingConfiguration processing;
    private final List<MessageListenerContainer> consumers;

    public ServiceQuiescence(EventProcessingConfiguration processing, List<MessageListenerContainer> consumers) {
        this.processing = processing;
        this.consumers = List.copyOf(consumers);
    }

    public <T> T whileStill(Callable<T> work) throws Exception {
        consumers.forEach(MessageListenerContainer::stop);
        List<EventProcessor> processors = List.copyOf(processing.eventProcessors().values());
        processors.forEach(EventProcessor::shutDown);
        try {
            return work.call();
        } finally {
            processors.forEach(EventProcessor::start);
            consumers.forEach(MessageListenerContainer::start);
        }
    }
}
