package dev.hostledger.kit.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an archive entry: {@code <sha256 of the JSON, hex> <JSON>\n}. The per-line checksum is what lets a
 * restore name the one event a flipped byte damaged, where a per-chunk checksum could only name the chunk.
 */
final class ArchiveLine {

    static final int CHECKSUM_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern GLOBAL_INDEX = Pattern.compile("\"globalIndex\":(\\d+)");
    private static final Pattern AGGREGATE = Pattern.compile("\"aggregateIdentifier\":\"([^\"]*)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequenceNumber\":(\\d+)");

    private ArchiveLine() {
    }

    static byte[] of(byte[] json) {
        byte[] checksum = hex(sha256().digest(json)).getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[checksum.length + 1 + json.length + 1];
        System.arraycopy(checksum, 0, line, 0, checksum.length);
        line[checksum.length] = ' ';
        System.arraycopy(json, 0, line, checksum.length + 1, json.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /** The JSON of a line (without its newline), or {@code null} if the line does not match its checksum. */
    static byte[] jsonIfIntact(byte[] line, MessageDigest sha256) {
        if (line.length < CHECKSUM_LENGTH + 2 || line[CHECKSUM_LENGTH] != ' ') {
            return null;
        }
        byte[] json = new byte[line.length - CHECKSUM_LENGTH - 1];
        System.arraycopy(line, CHECKSUM_LENGTH + 1, json, 0, json.length);
        String expected = new String(line, 0, CHECKSUM_LENGTH, StandardCharsets.US_ASCII);
        return hex(sha256.digest(json)).equals(expected) ? json : null;
    }

    /** What a damaged or partial event line still says about itself, for the refusal message; may be empty. */
    static String claimedEvent(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        Matcher index = GLOBAL_INDEX.matcher(text);
        if (!index.find()) {
            return "";
        }
        Matcher aggregate = AGGREGATE.matcher(text);
        Matcher sequence = SEQUENCE.matcher(text);
        return " claiming global index " + index.group(1)
                + (aggregate.find() && sequence.find() ? " (" + aggregate.group(1) + " #" + sequence.group(1) + ")" : "");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
