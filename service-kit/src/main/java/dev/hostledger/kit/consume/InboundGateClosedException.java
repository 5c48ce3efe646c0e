package dev.hostledger.kit.consume;

/** A record arrived while its topic's gate was closed: the container seeks back and delivers it again later. */
public class InboundGateClosedException extends RuntimeException {

    public InboundGateClosedException(String topic) {
        super("records of " + topic + " are held back for now (maintenance mode)");
    }
}
