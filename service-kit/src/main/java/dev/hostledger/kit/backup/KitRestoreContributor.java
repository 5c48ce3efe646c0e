package dev.hostledger.kit.backup;

import dev.hostledger.kit.publish.IntegrationEventPublisher;

import java.util.List;
import java.util.Set;

/**
 * What the kit's own tables need. Archived: the consumers' inbox {@code processed_event} (without it a Kafka
 * redelivery after a restore would be applied a second time) and {@code dead_lettered_record} (operators' open
 * rejects; no event records them). Not archived: tokens (set by the restore), checkpoints (recomputed from the
 * restored heads, which the archive's manifest vouches for), snapshots (a cache aggregates rebuild), sagas and
 * Axon's dead-letter queue (no service uses them), the operator audit table (each archive names who made it).
 * Tokens are archived only so the publisher resumes where it was at the backup: what it had published is on the
 * topics already, and what it had not is published after the restore.
 */
final class KitRestoreContributor implements RestoreContributor {

    @Override
    public List<ArchivedTable> archivedTables() {
        return List.of(new ArchivedTable("processed_event", "processed_at"),
                new ArchivedTable("dead_lettered_record", "dead_lettered_at"),
                // only the position of processors with outside effects is used from it (see EventStoreRestore)
                new ArchivedTable("token_entry", null));
    }

    @Override
    public Set<String> processorsStartingAtHead() {
        return Set.of(IntegrationEventPublisher.PROCESSING_GROUP);
    }
}
