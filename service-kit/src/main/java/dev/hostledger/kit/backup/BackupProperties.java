package dev.hostledger.kit.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Backup, restore and restore drills.
 *
 * @param directory     where {@code POST /ops/backup} writes archives and where {@code archive} names are looked up
 * @param chunkSize     events per archive chunk (each chunk has its own SHA-256 in the manifest)
 * @param fetchSize     rows per round trip when a backup streams the event store
 * @param batchSize     rows per insert batch when a restore loads
 * @param restoreFrom   an archive to restore at start-up, into the empty database, before any processor, consumer
 *                      or endpoint starts; the service refuses to start if the archive is damaged or the store is
 *                      not empty
 * @param restoreUpTo   with {@code restoreFrom}: restore only what happened up to this instant (point in time)
 * @param restoreReason with {@code restoreFrom}: why (recorded in the audit row with the operating system user)
 */
@ConfigurationProperties("hostledger.backup")
public record BackupProperties(Path directory, Integer chunkSize, Integer fetchSize, Integer batchSize,
                               Path restoreFrom, Instant restoreUpTo, String restoreReason) {

    public BackupProperties {
        directory = directory == null ? Path.of("backups") : directory;
        chunkSize = chunkSize == null ? 10_000 : chunkSize;
        fetchSize = fetchSize == null ? 1000 : fetchSize;
        batchSize = batchSize == null ? 500 : batchSize;
    }
}
