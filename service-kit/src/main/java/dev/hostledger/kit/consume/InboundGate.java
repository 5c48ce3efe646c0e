package dev.hostledger.kit.consume;

/** Whether records of a topic may be applied now; a closed gate leaves them in Kafka, to be applied later in order. */
@FunctionalInterface
public interface InboundGate {

    boolean open(String topic);
}
