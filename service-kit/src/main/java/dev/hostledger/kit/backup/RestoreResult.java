package dev.hostledger.kit.backup;

import java.util.Map;

/**
 * What a restore loaded.
 *
 * @param eventsLeftOut   events after the point in time, or after an aggregate's first event past it
 * @param aggregatesCut   aggregates of which only a prefix was restored (point in time)
 * @param headGlobalIndex the restored head, where the global index sequence continues and the publisher starts
 * @param tableRows       rows restored per archived table
 */
public record RestoreResult(String service, String archiveCreatedAt, String archiveCreatedBy, long events,
                            long eventsLeftOut, long aggregatesCut, Long headGlobalIndex,
                            Map<String, Long> tableRows, long millis) {

    @com.fasterxml.jackson.annotation.JsonProperty("eventsPerSecond")
    public long eventsPerSecond() {
        return millis == 0 ? events : events * 1000 / millis;
    }
}
