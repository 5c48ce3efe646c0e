package dev.hostledger.kit.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * Where a streaming processor stands, read from its stored tokens (not by claiming them, and whether or not it runs
 * in this instance). A processor has passed an event when every segment's token covers its global index: gaps the
 * token still waits for are not passed.
 */
class ProcessorPositions {

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    ProcessorPositions(JdbcTemplate jdbc, Serializer tokenSerializer) {
        this.jdbc = jdbc;
        this.tokenSerializer = tokenSerializer;
    }

    /** A snapshot of the processor's tokens now; it does not follow the processor afterwards. */
    LongPredicate passed(String processor) {
        List<TrackingToken> segments = jdbc.query(
                "SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (row, i) -> row.getBytes(1) == null ? null : WrappedToken.unwrapLowerBound(tokenSerializer.deserialize(
                        new SimpleSerializedObject<>(row.getBytes(1), byte[].class, row.getString(2), null))),
                processor);
        if (segments.isEmpty() || segments.stream().anyMatch(java.util.Objects::isNull)) {
            return globalIndex -> false;
        }
        return globalIndex -> segments.stream().allMatch(segment -> hasPassed(segment, globalIndex));
    }

    // Not TrackingToken.covers: it also demands the same gaps below, so any old gap would hide later events.
    private static boolean hasPassed(TrackingToken token, long globalIndex) {
        if (token instanceof GapAwareTrackingToken gapAware) {
            return globalIndex <= gapAware.getIndex() && !gapAware.getGaps().contains(globalIndex);
        }
        return token.position().orElse(-1) >= globalIndex;
    }
}
