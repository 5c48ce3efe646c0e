package dev.hostledger.kit.backup;

import dev.hostledger.kit.integrity.IntegrityFault;
import dev.hostledger.kit.integrity.IntegrityReport;

import java.util.List;

/**
 * What a restore drill found: the archive restored (how fast), verify on the restored copy, and every difference
 * between the copy and the live service. {@code equal} when verify is clean and nothing differs; events the live
 * service appended after the archive was made are growth, not a difference, and only counted.
 *
 * @param differences per aggregate (head missing or its hash differs in the live store) and per projection row
 *                    (the live read model against a rebuild from the restored events)
 */
public record DrillReport(String scratchDatabase, RestoreResult restore, IntegrityReport restoredVerify,
                          long liveEventsAfterArchive, List<String> differences, boolean equal) {

    static DrillReport of(String scratchDatabase, RestoreResult restore, IntegrityReport verify,
                          long liveEventsAfterArchive, List<String> headDifferences,
                          List<IntegrityFault> projectionDifferences) {
        List<String> differences = new java.util.ArrayList<>(headDifferences);
        projectionDifferences.forEach(fault -> differences.add("projection " + fault.aggregate() + " "
                + fault.kind() + ": " + fault.detail()));
        return new DrillReport(scratchDatabase, restore, verify, liveEventsAfterArchive, List.copyOf(differences),
                verify.clean() && differences.isEmpty());
    }
}
