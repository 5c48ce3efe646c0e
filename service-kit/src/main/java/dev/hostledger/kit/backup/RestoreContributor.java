package dev.hostledger.kit.backup;

import java.util.List;
import java.util.Set;

/**
 * What a service adds to backup and restore beyond the event store, declared as a bean (the kit declares its own
 * tables the same way). Everything not declared is either rebuilt from the events after a restore (projections:
 * their processors start again from the first event) or is not state at all.
 */
public interface RestoreContributor {

    /** Tables archived and restored as they are, because no event carries their content. */
    List<ArchivedTable> archivedTables();

    /**
     * Streaming processors with effects outside the database (publishing, sending): a restore puts their tokens at
     * the head of the restored store, so they do not do again what they did before the backup.
     */
    default Set<String> processorsStartingAtHead() {
        return Set.of();
    }
}
