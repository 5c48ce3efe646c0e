package dev.hostledger.kit.backup;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an archive: a zip of uncompressed ({@code STORED}) entries, events in chunks first, then the archived
 * tables, then {@code manifest.json} and its checksum. Uncompressed on purpose: a damaged byte then damages exactly
 * one line, which restore names; compressing the whole file for transport is fine. Each entry is buffered in a
 * temporary file first, because a STORED entry needs its size and CRC before its bytes.
 */
public final class ArchiveWriter implements Closeable {

    private final ZipOutputStream zip;
    private final ObjectMapper json;
    private final int chunkSize;
    private final List<ArchiveManifest.Chunk> chunks = new ArrayList<>();
    private final List<ArchiveManifest.Table> tables = new ArrayList<>();
    private final Map<String, ArchiveManifest.AggregateHead> heads = new TreeMap<>();
    private EntryBuffer chunk;
    private long chunkEvents;
    private long chunkFirst;
    private long chunkLast;
    private long events;
    private Long headGlobalIndex;
    private EntryBuffer table;
    private ArchivedTable currentTable;
    private long tableRows;

    public ArchiveWriter(OutputStream out, ObjectMapper json, int chunkSize) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16));
        this.zip.setMethod(ZipOutputStream.STORED);
        this.json = json;
        this.chunkSize = chunkSize;
    }

    /** Events must come in ascending global index order. */
    public void event(ArchivedEvent event) throws IOException {
        if (chunk == null) {
            chunk = new EntryBuffer("events/%06d.jsonl".formatted(chunks.size() + 1));
            chunkFirst = event.globalIndex();
            chunkEvents = 0;
        }
        chunk.line(json.writeValueAsBytes(event));
        chunkEvents++;
        chunkLast = event.globalIndex();
        events++;
        headGlobalIndex = event.globalIndex();
        ArchiveManifest.AggregateHead head = heads.get(event.aggregateIdentifier());
        if (head == null || head.lastSequence() < event.sequenceNumber()) {
            heads.put(event.aggregateIdentifier(), new ArchiveManifest.AggregateHead(event.aggregateIdentifier(),
                    event.sequenceNumber(), event.eventHash() == null ? null
                    : Base64.getEncoder().encodeToString(event.eventHash())));
        }
        if (chunkEvents == chunkSize) {
            closeChunk();
        }
    }

    public void beginTable(ArchivedTable archived) throws IOException {
        closeChunk();
        currentTable = archived;
        table = new EntryBuffer("tables/" + archived.name() + ".jsonl");
        tableRows = 0;
    }

    /** One row as PostgreSQL's {@code row_to_json} wrote it (restored with {@code json_populate_record}). */
    public void tableRow(String rowJson) throws IOException {
        table.line(rowJson.getBytes(StandardCharsets.UTF_8));
        tableRows++;
    }

    public void endTable() throws IOException {
        String sha256 = table.copyInto(zip);
        tables.add(new ArchiveManifest.Table(currentTable.name(), currentTable.pointInTimeColumn(), table.name,
                tableRows, sha256));
        table = null;
    }

    /** Writes the manifest (the header fields given, the rest as written) and closes the archive. */
    public ArchiveManifest finish(String service, String createdAt, String createdBy, String reason)
            throws IOException {
        closeChunk();
        ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT_VERSION, service, createdAt, createdBy,
                reason, events, headGlobalIndex, chunkSize, List.copyOf(chunks), List.copyOf(tables),
                List.copyOf(heads.values()));
        byte[] manifestBytes = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        stored(ArchiveManifest.ENTRY, manifestBytes);
        stored(ArchiveManifest.CHECKSUM_ENTRY, (ArchiveLine.hex(ArchiveLine.sha256().digest(manifestBytes)) + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        zip.close();
        return manifest;
    }

    private void closeChunk() throws IOException {
        if (chunk != null) {
            String sha256 = chunk.copyInto(zip);
            chunks.add(new ArchiveManifest.Chunk(chunk.name, chunkEvents, chunkFirst, chunkLast, sha256));
            chunk = null;
        }
    }

    private void stored(String name, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        if (chunk != null) {
            chunk.discard();
        }
        if (table != null) {
            table.discard();
        }
        zip.close();
    }

    /** One entry's lines on disk, with their running SHA-256 and CRC-32. */
    private static final class EntryBuffer {

        private final String name;
        private final Path file;
        private final OutputStream out;
        private final MessageDigest sha256 = ArchiveLine.sha256();
        private final CRC32 crc = new CRC32();
        private long size;

        EntryBuffer(String name) throws IOException {
            this.name = name;
            this.file = Files.createTempFile("hostledger-archive-", ".part");
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        void line(byte[] jsonBytes) throws IOException {
            byte[] line = ArchiveLine.of(jsonBytes);
            out.write(line);
            sha256.update(line);
            crc.update(line);
            size += line.length;
        }

        String copyInto(ZipOutputStream zip) throws IOException {
            out.close();
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(size);
            entry.setCompressedSize(size);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(zip);
            } finally {
                Files.deleteIfExists(file);
            }
            zip.closeEntry();
            return ArchiveLine.hex(sha256.digest());
        }

        void discard() {
            try {
                out.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
