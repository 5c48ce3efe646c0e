package dev.hostledger.kit.backup;

import java.util.List;

/**
 * {@code manifest.json}: what an archive holds and the checksums that let restore refuse a damaged one before
 * writing anything. Instants are ISO-8601 strings (UTC), so the file reads the same with any JSON tool.
 *
 * @param formatVersion   {@link #FORMAT_VERSION}; a reader refuses versions it does not know
 * @param createdAt       from the service's injected Clock
 * @param createdBy       the operator (or {@code system} for a drill's own backup)
 * @param headGlobalIndex the highest global index archived ({@code null} for an empty store)
 * @param aggregateHeads  every aggregate's last archived sequence number and its event hash (base64)
 */
public record ArchiveManifest(int formatVersion, String service, String createdAt, String createdBy, String reason,
                              long events, Long headGlobalIndex, int chunkSize, List<Chunk> chunks,
                              List<Table> tables, List<AggregateHead> aggregateHeads) {

    public static final int FORMAT_VERSION = 1;
    public static final String ENTRY = "manifest.json";
    public static final String CHECKSUM_ENTRY = "manifest.json.sha256";

    /** {@code events/000001.jsonl}: up to {@code chunkSize} events in global index order. */
    public record Chunk(String entry, long events, long firstGlobalIndex, long lastGlobalIndex, String sha256) {
    }

    /** {@code tables/<name>.jsonl}: every row of an archived table ({@code row_to_json}). */
    public record Table(String name, String pointInTimeColumn, String entry, long rows, String sha256) {
    }

    public record AggregateHead(String aggregate, long lastSequence, String lastHash) {
    }
}
