package dev.hostledger.kit.consume;

import dev.hostledger.contracts.CloudEventCodec;
import dev.hostledger.contracts.DecodedEvent;
import dev.hostledger.contracts.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record at a time: decode and validate it (an invalid one is dead-lettered with the reason), then hand it to
 * each listener of its topic inside one transaction with the inbox entry. Any other failure propagates to the
 * container's error handler, which retries the same record: nothing accepted is skipped.
 */
public class InboundRecordProcessor implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(InboundRecordProcessor.class);

    private final Map<String, List<IntegrationEventListener>> listenersByTopic;
    private final CloudEventCodec codec;
    private final ProcessedEventInbox inbox;
    private final DeadLetterPublisher deadLetters;
    private final TransactionTemplate transaction;
    private final String consumerName;
    private final InboundGate gate;

    public InboundRecordProcessor(Map<String, List<IntegrationEventListener>> listenersByTopic, CloudEventCodec codec,
                                  ProcessedEventInbox inbox, DeadLetterPublisher deadLetters,
                                  TransactionTemplate transaction, String consumerName, InboundGate gate) {
        this.listenersByTopic = listenersByTopic;
        this.codec = codec;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.transaction = transaction;
        this.consumerName = consumerName;
        this.gate = gate;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        try {
            process(record);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not process " + position(record), e);
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) throws Exception {
        if (!gate.open(record.topic())) {
            throw new InboundGateClosedException(record.topic());
        }
        DecodedEvent decoded;
        try {
            decoded = codec.decode(record.value());
        } catch (InvalidEventException e) {
            log.warn("Dead-lettering {}: {}", position(record), e.getMessage());
            deadLetters.deadLetter(record, consumerName, e.getMessage());
            return;
        }
        for (Rejection rejection : applyToListeners(ReceivedEvent.consumed(decoded, record))) {
            log.warn("Dead-lettering {} rejected by {}: {}", position(record), rejection.listener(), rejection.reason());
            deadLetters.deadLetter(record, rejection.listener(), rejection.reason());
        }
    }

    /** A listener's refusal of a well-formed event. */
    public record Rejection(String listener, String reason) {
    }

    /**
     * Hands the event to every listener of its topic, each in its own transaction with its inbox entry.
     *
     * @return the listeners that rejected it, with their reasons; empty when every listener applied it (or had)
     */
    List<Rejection> applyToListeners(ReceivedEvent received) {
        List<Rejection> rejections = new ArrayList<>();
        for (IntegrationEventListener listener : listenersByTopic.getOrDefault(received.record().topic(), List.of())) {
            try {
                transaction.executeWithoutResult(status -> {
                    if (inbox.firstDelivery(listener.name(), received)) {
                        listener.on(received);
                    }
                });
            } catch (RejectedEventException e) {
                rejections.add(new Rejection(listener.name(), e.getMessage()));
            }
        }
        return rejections;
    }

    Set<String> topics() {
        return listenersByTopic.keySet();
    }

    CloudEventCodec codec() {
        return codec;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
