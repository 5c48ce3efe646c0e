package dev.hostledger.kit.backup;

import dev.hostledger.kit.progress.EventProgress;

/** How far a backup, restore or drill is. */
public final class BackupProgress extends EventProgress<BackupProgress.Phase> {

    public enum Phase { STARTING, VERIFYING_ARCHIVE, EVENTS, TABLES, FINISHING, VERIFYING, COMPARING, DONE, FAILED }

    public BackupProgress() {
        super(Phase.STARTING);
    }
}
