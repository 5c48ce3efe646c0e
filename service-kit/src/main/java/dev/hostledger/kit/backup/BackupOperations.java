package dev.hostledger.kit.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What operators do with a service's history: back it up into the archive directory, restore an archive into the
 * service's empty store, drill a restore. Each action leaves an audit row (who, why, archive, outcome) in
 * {@code backup_operator_action}; a refused restore leaves nothing but a log line, because the target must stay
 * untouched.
 */
public class BackupOperations {

    private static final Logger log = LoggerFactory.getLogger(BackupOperations.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A written archive: where, what the manifest says, and how fast it went. */
    public record BackupResult(String archive, long events, int chunks, Long headGlobalIndex,
                               Map<String, Long> tableRows, long millis) {

        @com.fasterxml.jackson.annotation.JsonProperty("eventsPerSecond")
        public long eventsPerSecond() {
            return millis == 0 ? events : events * 1000 / millis;
        }
    }

    private final String service;
    private final DataSource dataSource;
    private final EventStoreBackup backup;
    private final EventStoreRestore restore;
    private final RestoreDrill drill;
    private final ServiceQuiescence quiescence;
    private final Clock clock;
    private final Path directory;

    public BackupOperations(String service, DataSource dataSource, EventStoreBackup backup,
                            EventStoreRestore restore, RestoreDrill drill, ServiceQuiescence quiescence, Clock clock,
                            BackupProperties properties) {
        this.service = service;
        this.dataSource = dataSource;
        this.backup = backup;
        this.restore = restore;
        this.drill = drill;
        this.quiescence = quiescence;
        this.clock = clock;
        this.directory = properties.directory();
    }

    public BackupResult backup(String operator, String reason, BackupProgress progress) throws IOException {
        Instant now = clock.instant();
        AuditEntry audit = new AuditEntry("BACKUP", operator, reason, null, now, null);
        Files.createDirectories(directory);
        Path archive = directory.resolve(service + "-" + FILE_TIME.format(now) + ".zip");
        // Written under a temporary name and moved into place: a half-written archive never carries the real name.
        Path partial = directory.resolve(archive.getFileName() + ".partial");
        long started = System.nanoTime();
        ArchiveManifest manifest;
        try (OutputStream out = Files.newOutputStream(partial)) {
            manifest = backup.write(out, operator, reason, progress);
        }
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        BackupResult result = new BackupResult(archive.toAbsolutePath().toString(), manifest.events(), manifest.chunks().size(),
                manifest.headGlobalIndex(), tableRows(manifest), (System.nanoTime() - started) / 1_000_000);
        recordAudit(new AuditEntry(audit.action(), operator, reason, archive.toString(), now,
                "archived " + result.events() + " events up to global index " + result.headGlobalIndex()));
        log.info("{} backed up by {} ({}): {}", service, operator, reason, result);
        return result;
    }

    /** Into this service's own (empty) store, with processors and consumers held still meanwhile. */
    public RestoreResult restore(String archiveName, Instant upTo, String operator, String reason,
                                 BackupProgress progress) throws Exception {
        Path archive = resolve(archiveName);
        AuditEntry audit = new AuditEntry("RESTORE", operator, reason, archive.toString(), clock.instant(),
                upTo == null ? "restored in full" : "restored up to " + upTo);
        try {
            RestoreResult result = quiescence.whileStill(() -> restore.restore(dataSource, archive, upTo, progress,
                    audit));
            log.info("{} restored by {} ({}): {}", service, operator, reason, result);
            return result;
        } catch (RuntimeException e) {
            log.warn("{} restore of {} by {} ({}) refused, nothing written: {}", service, archive, operator, reason,
                    e.getMessage());
            throw e;
        }
    }

    /** @param archiveName an archive of the directory, or {@code null} to drill a backup made for the purpose */
    public DrillReport drill(String archiveName, String operator, String reason, BackupProgress progress)
            throws Exception {
        Instant now = clock.instant();
        new AuditEntry("DRILL", operator, reason, archiveName, now, null);
        Path archive;
        boolean temporary = archiveName == null;
        if (temporary) {
            archive = Files.createTempFile("hostledger-drill-", ".zip");
            try (OutputStream out = Files.newOutputStream(archive)) {
                backup.write(out, operator, reason, progress);
            }
        } else {
            archive = resolve(archiveName);
        }
        try {
            DrillReport report = drill.run(archive, new AuditEntry("RESTORE", operator, "drill: " + reason,
                    archive.toString(), now, "restored for a drill"), progress);
            recordAudit(new AuditEntry("DRILL", operator, reason, archive.toString(), now,
                    (report.equal() ? "equal" : "differs: " + report.differences()) + "; verify "
                            + (report.restoredVerify().clean() ? "clean" : report.restoredVerify().faultsByKind())));
            log.info("{} drill by {} ({}): {}", service, operator, reason, report);
            return report;
        } finally {
            if (temporary) {
                Files.deleteIfExists(archive);
            }
        }
    }

    /** Only names in the archive directory: an operator endpoint must not read arbitrary files. */
    Path resolve(String archiveName) {
        if (archiveName == null || archiveName.isBlank() || archiveName.contains("/") || archiveName.contains("\\")
                || archiveName.startsWith(".")) {
            throw new IllegalArgumentException("archive must be a file name in the archive directory " + directory);
        }
        Path archive = directory.resolve(archiveName);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException("no archive " + archiveName + " in " + directory.toAbsolutePath());
        }
        return archive;
    }

    private void recordAudit(AuditEntry entry) {
        new JdbcTemplate(dataSource).execute((java.sql.Connection connection) -> {
            entry.record(connection, clock.instant());
            return null;
        });
    }

    private static Map<String, Long> tableRows(ArchiveManifest manifest) {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        manifest.tables().forEach(table -> rows.put(table.name(), table.rows()));
        return rows;
    }
}
