package dev.hostledger.kit.integrity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one verify run. {@code faultsByKind} counts every fault; {@code faults} lists at most the
 * configured number of them (a wiped projection would otherwise list a million rows).
 */
public record IntegrityReport(String service, Instant startedAt, Instant finishedAt, long eventsChecked,
                              long faultCount, Map<FaultKind, Long> faultsByKind, List<IntegrityFault> faults,
                              boolean faultListTruncated) {

    static IntegrityReport of(String service, Instant startedAt, Instant finishedAt, long eventsChecked,
                              List<IntegrityFault> all, int maxListed) {
        Map<FaultKind, Long> byKind = new EnumMap<>(FaultKind.class);
        all.forEach(fault -> byKind.merge(fault.kind(), 1L, Long::sum));
        return new IntegrityReport(service, startedAt, finishedAt, eventsChecked, all.size(), byKind,
                List.copyOf(all.subList(0, Math.min(maxListed, all.size()))), all.size() > maxListed);
    }

    public boolean clean() {
        return faultCount == 0;
    }

    /** For people and logs: one line per fault, then the totals. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        faults.forEach(fault -> text.append(fault).append('\n'));
        if (faultListTruncated) {
            text.append("... ").append(faultCount - faults.size()).append(" more\n");
        }
        text.append(service).append(": ").append(eventsChecked).append(" events checked in ")
                .append(Duration.between(startedAt, finishedAt).toMillis()).append(" ms, ")
                .append(clean() ? "clean" : faultCount + " faults " + faultsByKind);
        return text.toString();
    }
}
