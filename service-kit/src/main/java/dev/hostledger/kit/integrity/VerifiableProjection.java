package dev.hostledger.kit.integrity;

import java.util.List;

/**
 * A projection verify can rebuild and compare: implemented by the projection bean itself, whose Axon event handlers
 * verify feeds every stored event to while its tables are shadowed by empty temporary copies. The handlers must
 * write only through unqualified table names and must not read the wall clock, or the rebuild cannot equal the
 * original.
 */
public interface VerifiableProjection {

    /** The processing group (processor name) that keeps the tables up to date. */
    String processingGroup();

    /** Every table the projection writes; each needs a primary key. */
    List<String> tables();

    /**
     * True for a projection written in the transaction of the command that produced its events (a subscribing
     * processor): it has no token to wait for, it is always up to date.
     */
    default boolean writtenInCommandTransaction() {
        return false;
    }
}
