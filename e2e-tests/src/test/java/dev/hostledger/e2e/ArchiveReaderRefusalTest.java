package dev.hostledger.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hostledger.kit.backup.ArchiveManifest;
import dev.hostledger.kit.backup.ArchiveReader;
import dev.hostledger.kit.backup.ArchiveRefusedException;
import dev.hostledger.kit.backup.ArchiveWriter;
import dev.hostledger.kit.backup.ArchivedEvent;
import dev.hostledger.kit.backup.ArchivedTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive reader's refusals, on archives written by the real writer (no database): every damage is named by
 * entry, line and event before anything could be written. Also prints the archive's own write and check rates.
 */
class ArchiveReaderRefusalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS = 50_000;
    private static final int CHUNK = 10_000;
    private static Path dir;
    private static Path archive;

    @BeforeAll
    static void writeArchive() throws Exception {
        dir = Files.createDirectories(Path.of("target", "archive-reader-" + UUID.randomUUID()));
        archive = dir.resolve("good.zip");
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(archive)) {
            ArchiveWriter writer = new ArchiveWriter(out, JSON, CHUNK);
            for (int i = 1; i <= EVENTS; i++) {
                writer.event(event(i));
            }
            writer.beginTable(new ArchivedTable("processed_event", "processed_at"));
            writer.tableRow("{\"consumer\":\"billing-service\",\"event_id\":\"e-1\"}");
            writer.endTable();
            writer.finish("billing-service", "2026-11-24T14:00:00Z", "ops", "unit test");
        }
        long written = System.nanoTime();
        ArchiveManifest manifest = new ArchiveReader(JSON).verify(archive);
        long checked = System.nanoTime();
        assertThat(manifest.events()).isEqualTo(EVENTS);
        System.out.printf("archive of %d events (%d MB): written at %d events/s, checked at %d events/s%n", EVENTS,
                Files.size(archive) >> 20, EVENTS * 1_000_000_000L / (written - started),
                EVENTS * 1_000_000_000L / (checked - written));
    }

    /** 100 aggregates, each event about 600 bytes of payload like a real invoice event. */
    private static ArchivedEvent event(long globalIndex) {
        String aggregate = "inv-" + (globalIndex % 100);
        byte[] payload = ("{\"invoiceId\":\"" + aggregate + "\",\"padding\":\"" + "x".repeat(560) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] hash = new byte[32];
        Arrays.fill(hash, (byte) globalIndex);
        return new ArchivedEvent(globalIndex, aggregate, (globalIndex - 1) / 100, "Invoice",
                "event-" + globalIndex, "dev.hostledger.billing.api.InvoiceIssued", null,
                "2026-11-24T14:00:00Z", "{\"actorType\":\"SYSTEM\"}".getBytes(StandardCharsets.UTF_8), payload, hash);
    }

    @Test
    void anIntactArchiveListsItsChunksAndHeads() {
        ArchiveManifest manifest = new ArchiveReader(JSON).verify(archive);
        assertThat(manifest.chunks()).hasSize(EVENTS / CHUNK);
        assertThat(manifest.chunks().get(1).firstGlobalIndex()).isEqualTo(CHUNK + 1);
        assertThat(manifest.aggregateHeads()).hasSize(100);
        assertThat(manifest.headGlobalIndex()).isEqualTo(EVENTS);
        assertThat(manifest.tables()).extracting(ArchiveManifest.Table::rows).containsExactly(1L);
    }

    @Test
    void aFlippedPayloadByteNamesChunkLineAndEvent() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        int at = ArchiveBytes.indexOf(bytes, "{\"globalIndex\":12345,") + 400;
        bytes[at] ^= 0x01;
        assertThatThrownBy(() -> new ArchiveReader(JSON).verify(write("flipped.zip", bytes)))
                .isInstanceOfSatisfying(ArchiveRefusedException.class, e -> {
                    assertThat(e.entry()).isEqualTo("events/000002.jsonl");
                    assertThat(e.line()).isEqualTo(12345 - CHUNK);
                    assertThat(e.getMessage()).contains("checksum mismatch", "after global index 12344 (inv-44 #123)",
                            "claiming global index 12345 (inv-45 #123)");
                });
    }

    @Test
    void aFileCutInsideAnEventNamesTheIncompleteEvent() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        int at = ArchiveBytes.indexOf(bytes, "{\"globalIndex\":30002,") + 100;
        assertThatThrownBy(() -> new ArchiveReader(JSON).verify(write("cut.zip", Arrays.copyOf(bytes, at))))
                .isInstanceOfSatisfying(ArchiveRefusedException.class, e -> {
                    assertThat(e.entry()).isEqualTo("events/000004.jsonl");
                    assertThat(e.line()).isEqualTo(2L);
                    assertThat(e.getMessage()).contains("truncated", "after global index 30001",
                            "claiming global index 30002");
                });
    }

    @Test
    void aFileCutBetweenEntriesNamesTheMissingManifest() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        int at = ArchiveBytes.indexOf(bytes, "{\"consumer\"") - 64 - 1 - "tables/processed_event.jsonl".length() - 30;
        assertThatThrownBy(() -> new ArchiveReader(JSON).verify(write("between.zip", Arrays.copyOf(bytes, at))))
                .isInstanceOf(ArchiveRefusedException.class)
                .hasMessageContaining("archive truncated after entry events/000005.jsonl")
                .hasMessageContaining("after global index 50000")
                .hasMessageContaining("manifest.json missing");
    }

    @Test
    void aFlippedManifestByteIsCaughtByItsChecksum() throws Exception {
        byte[] bytes = Files.readAllBytes(archive);
        int at = ArchiveBytes.indexOf(bytes, "\"createdBy\" : \"ops\"") + 16;
        bytes[at] = 'x';
        assertThatThrownBy(() -> new ArchiveReader(JSON).verify(write("manifest.zip", bytes)))
                .isInstanceOfSatisfying(ArchiveRefusedException.class, e -> {
                    assertThat(e.entry()).isEqualTo("manifest.json");
                    assertThat(e.getMessage()).contains("SHA-256 differs");
                });
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
