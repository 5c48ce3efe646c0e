package dev.hostledger.e2e;

import java.nio.charset.StandardCharsets;

/** Finding an event's line in an archive's raw bytes (entries are uncompressed), to damage exactly that event. */
final class ArchiveBytes {

    private ArchiveBytes() {
    }

    static int indexOf(byte[] archive, String text) {
        byte[] target = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= archive.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (archive[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(text + " not in the archive");
    }
}
