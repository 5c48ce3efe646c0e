package dev.hostledger.kit.backup;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads an archive front to back in one stream (so a truncated file is read up to the cut, and the cut is named)
 * and refuses it, with the entry, the line and the event, when anything differs from what was written: a line from
 * its checksum, an entry from the manifest's SHA-256 and counts, the manifest from its own checksum, the heads from
 * the events. {@link #verify} is the pass before anything is written; {@link #read} the pass that loads, which checks
 * everything again (the file could change in between) before its caller commits.
 */
public final class ArchiveReader {

    /** Receives what an archive holds, in archive order: events by ascending global index, then table rows. */
    public interface Visitor {

        default void event(ArchivedEvent event) throws Exception {
        }

        default void tableRow(String table, String rowJson) throws Exception {
        }
    }

    private final ObjectMapper json;

    public ArchiveReader(ObjectMapper json) {
        this.json = json;
    }

    public ArchiveManifest verify(Path archive) {
        return read(archive, new Visitor() {
        });
    }

    /** @throws ArchiveRefusedException where the archive is damaged; a visitor's exception is passed on wrapped */
    public ArchiveManifest read(Path archive, Visitor visitor) {
        Scan scan = new Scan(visitor);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
            scan.entries(new StoredZipEntries(file));
        } catch (IOException e) {
            throw new ArchiveRefusedException(null, null, "archive " + archive + " cannot be read: " + e.getMessage());
        }
        return scan.checkAgainstManifest();
    }

    private final class Scan {

        private final Visitor visitor;
        private final MessageDigest lineDigest = ArchiveLine.sha256();
        private final List<ArchiveManifest.Chunk> chunks = new ArrayList<>();
        private final List<ArchiveManifest.Table> tables = new ArrayList<>();
        private final Map<String, ArchiveManifest.AggregateHead> heads = new TreeMap<>();
        private String lastEntry;
        private ArchivedEvent lastEvent;
        private byte[] manifestBytes;
        private String manifestChecksum;

        Scan(Visitor visitor) {
            this.visitor = visitor;
        }

        void entries(StoredZipEntries zip) {
            while (true) {
                StoredZipEntries.Entry entry;
                try {
                    entry = zip.next();
                } catch (IOException e) {
                    throw new ArchiveRefusedException(lastEntry, null, "archive truncated or damaged after entry "
                            + lastEntry + " (" + afterLastEvent() + "): " + e.getMessage());
                }
                if (entry == null) {
                    return;
                }
                String name = entry.name();
                if (name.startsWith("events/")) {
                    chunk(name, entry.data());
                } else if (name.startsWith("tables/")) {
                    table(name, entry.data());
                } else if (name.equals(ArchiveManifest.ENTRY)) {
                    manifestBytes = whole(name, entry.data());
                } else if (name.equals(ArchiveManifest.CHECKSUM_ENTRY)) {
                    manifestChecksum = new String(whole(name, entry.data()), StandardCharsets.US_ASCII).trim();
                } else {
                    throw new ArchiveRefusedException(name, null, "unexpected entry " + name
                            + " (a damaged entry name, or not a Hostledger archive)");
                }
                lastEntry = name;
            }
        }

        private void chunk(String name, InputStream in) {
            long[] first = {-1};
            long[] count = {0};
            String sha256 = lines(name, in, true, (line, jsonBytes) -> {
                ArchivedEvent event = json.readValue(jsonBytes, ArchivedEvent.class);
                if (lastEvent != null && event.globalIndex() <= lastEvent.globalIndex()) {
                    throw new ArchiveRefusedException(name, line, name + " line " + line + ": event at "
                            + event.location() + " is out of order (after " + lastEvent.location() + ")");
                }
                visitor.event(event);
                lastEvent = event;
                if (first[0] < 0) {
                    first[0] = event.globalIndex();
                }
                count[0]++;
                ArchiveManifest.AggregateHead head = heads.get(event.aggregateIdentifier());
                if (head == null || head.lastSequence() < event.sequenceNumber()) {
                    heads.put(event.aggregateIdentifier(), new ArchiveManifest.AggregateHead(
                            event.aggregateIdentifier(), event.sequenceNumber(), event.eventHash() == null ? null
                            : Base64.getEncoder().encodeToString(event.eventHash())));
                }
            });
            chunks.add(new ArchiveManifest.Chunk(name, count[0], first[0],
                    lastEvent == null ? -1 : lastEvent.globalIndex(), sha256));
        }

        private void table(String name, InputStream in) {
            String table = name.substring("tables/".length(), name.length() - ".jsonl".length());
            long[] rows = {0};
            String sha256 = lines(name, in, false, (line, jsonBytes) -> {
                visitor.tableRow(table, new String(jsonBytes, StandardCharsets.UTF_8));
                rows[0]++;
            });
            tables.add(new ArchiveManifest.Table(table, null, name, rows[0], sha256));
        }

        private interface LineHandler {
            void accept(long line, byte[] json) throws Exception;
        }

        /** Reads an entry line by line, checking each line; returns the SHA-256 of the whole entry. */
        private String lines(String name, InputStream in, boolean events, LineHandler handler) {
            MessageDigest entryDigest = ArchiveLine.sha256();
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            byte[] buffer = new byte[1 << 16];
            long lineNumber = 1;
            try {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    entryDigest.update(buffer, 0, read);
                    int start = 0;
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            line.write(buffer, start, i - start);
                            handle(name, lineNumber++, line.toByteArray(), events, handler);
                            line.reset();
                            start = i + 1;
                        }
                    }
                    line.write(buffer, start, read - start);
                }
            } catch (IOException e) {
                throw new ArchiveRefusedException(name, lineNumber, "archive truncated or damaged in " + name
                        + " at line " + lineNumber + ": " + incomplete(events, line.toByteArray()) + " ("
                        + e.getMessage() + ")");
            }
            if (line.size() > 0) {
                throw new ArchiveRefusedException(name, lineNumber, name + " ends inside line " + lineNumber + ": "
                        + incomplete(events, line.toByteArray()));
            }
            return ArchiveLine.hex(entryDigest.digest());
        }

        private void handle(String name, long lineNumber, byte[] line, boolean events, LineHandler handler) {
            byte[] jsonBytes = ArchiveLine.jsonIfIntact(line, lineDigest);
            if (jsonBytes == null) {
                throw new ArchiveRefusedException(name, lineNumber, name + " line " + lineNumber
                        + ": checksum mismatch, " + (events ? "the event " + afterLastEvent()
                        + " is damaged (the line" + orNothing(ArchiveLine.claimedEvent(line)) + ")"
                        : "row " + lineNumber + " is damaged"));
            }
            try {
                handler.accept(lineNumber, jsonBytes);
            } catch (ArchiveRefusedException e) {
                throw e;
            } catch (Exception e) {
                throw new RestoreFailedException(name + " line " + lineNumber + " could not be applied: "
                        + e.getMessage(), e);
            }
        }

        private String incomplete(boolean events, byte[] partial) {
            return events ? "the event " + afterLastEvent() + " is incomplete (the partial line"
                    + orNothing(ArchiveLine.claimedEvent(partial)) + ")" : "a row is incomplete";
        }

        private String orNothing(String claim) {
            return claim.isEmpty() ? " names no event" : claim;
        }

        private String afterLastEvent() {
            return lastEvent == null ? "at the start of the history" : "after " + lastEvent.location();
        }

        private byte[] whole(String name, InputStream in) {
            try {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ArchiveRefusedException(name, null, "archive truncated or damaged in " + name + ": "
                        + e.getMessage());
            }
        }

        ArchiveManifest checkAgainstManifest() {
            if (manifestBytes == null || manifestChecksum == null) {
                throw new ArchiveRefusedException(lastEntry, null, "archive truncated after entry " + lastEntry
                        + " (" + afterLastEvent() + "): " + (manifestBytes == null ? ArchiveManifest.ENTRY
                        : ArchiveManifest.CHECKSUM_ENTRY) + " missing");
            }
            if (!ArchiveLine.hex(ArchiveLine.sha256().digest(manifestBytes)).equals(manifestChecksum)) {
                throw new ArchiveRefusedException(ArchiveManifest.ENTRY, null, ArchiveManifest.ENTRY
                        + " is damaged: its SHA-256 differs from " + ArchiveManifest.CHECKSUM_ENTRY);
            }
            ArchiveManifest manifest;
            try {
                manifest = json.readValue(manifestBytes, ArchiveManifest.class);
            } catch (IOException e) {
                throw new ArchiveRefusedException(ArchiveManifest.ENTRY, null, "manifest.json does not parse: "
                        + e.getMessage());
            }
            if (manifest.formatVersion() != ArchiveManifest.FORMAT_VERSION) {
                throw new ArchiveRefusedException(ArchiveManifest.ENTRY, null, "archive format version "
                        + manifest.formatVersion() + " is not " + ArchiveManifest.FORMAT_VERSION);
            }
            compareChunks(manifest.chunks());
            compareTables(manifest.tables());
            long events = chunks.stream().mapToLong(ArchiveManifest.Chunk::events).sum();
            if (events != manifest.events()) {
                throw new ArchiveRefusedException(null, null, "the chunks hold " + events
                        + " events, the manifest says " + manifest.events());
            }
            for (ArchiveManifest.AggregateHead expected : manifest.aggregateHeads()) {
                ArchiveManifest.AggregateHead found = heads.remove(expected.aggregate());
                if (!expected.equals(found)) {
                    throw new ArchiveRefusedException(null, null, "aggregate " + expected.aggregate()
                            + ": manifest head #" + expected.lastSequence() + " but the events end at "
                            + (found == null ? "nothing" : "#" + found.lastSequence() + " with another hash"));
                }
            }
            if (!heads.isEmpty()) {
                throw new ArchiveRefusedException(null, null, "events of aggregates the manifest does not list: "
                        + heads.keySet());
            }
            return manifest;
        }

        private void compareChunks(List<ArchiveManifest.Chunk> expected) {
            for (int i = 0; i < Math.max(expected.size(), chunks.size()); i++) {
                ArchiveManifest.Chunk want = i < expected.size() ? expected.get(i) : null;
                ArchiveManifest.Chunk found = i < chunks.size() ? chunks.get(i) : null;
                if (want == null) {
                    throw new ArchiveRefusedException(found.entry(), null, found.entry()
                            + " is not in the manifest");
                }
                if (found == null) {
                    throw new ArchiveRefusedException(want.entry(), null, "chunk " + want.entry() + " ("
                            + want.events() + " events from global index " + want.firstGlobalIndex()
                            + ") is missing: the archive was truncated or entries removed");
                }
                if (!want.equals(found)) {
                    throw new ArchiveRefusedException(want.entry(), null, "chunk " + want.entry()
                            + " differs from the manifest: expected " + want + ", found " + found);
                }
            }
        }

        private void compareTables(List<ArchiveManifest.Table> expected) {
            if (expected.size() != tables.size()) {
                throw new ArchiveRefusedException(null, null, "the manifest lists tables "
                        + expected.stream().map(ArchiveManifest.Table::name).toList() + ", the archive holds "
                        + tables.stream().map(ArchiveManifest.Table::name).toList());
            }
            for (int i = 0; i < expected.size(); i++) {
                ArchiveManifest.Table want = expected.get(i);
                ArchiveManifest.Table found = tables.get(i);
                if (!want.entry().equals(found.entry()) || want.rows() != found.rows()
                        || !Objects.equals(want.sha256(), found.sha256())) {
                    throw new ArchiveRefusedException(want.entry(), null, "table entry " + want.entry()
                            + " differs from the manifest: expected " + want.rows() + " rows, sha256 "
                            + want.sha256() + "; found " + found.rows() + " rows, sha256 " + found.sha256());
                }
            }
        }
    }
}
