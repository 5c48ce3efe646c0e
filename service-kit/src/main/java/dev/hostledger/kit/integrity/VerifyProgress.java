package dev.hostledger.kit.integrity;

import dev.hostledger.kit.progress.EventProgress;

/** How far a verify run is. */
public final class VerifyProgress extends EventProgress<VerifyProgress.Phase> {

    public enum Phase { STARTING, EVENT_STORE, PROJECTIONS, TOPICS, DONE, FAILED }

    public VerifyProgress() {
        super(Phase.STARTING);
    }
}
