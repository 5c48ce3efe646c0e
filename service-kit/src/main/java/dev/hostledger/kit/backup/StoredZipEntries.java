package dev.hostledger.kit.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipException;

/**
 * Reads the uncompressed entries of an archive straight from its local headers, front to back. Not
 * {@link java.util.zip.ZipInputStream}: it checks each entry's CRC inside the read that delivers the entry's last
 * bytes and throws instead of returning them, so a flipped byte could only be placed "somewhere in this block";
 * here every byte reaches the line checks, which name the damaged line. A truncated file yields its entries up to
 * the cut, then an {@link EOFException} saying how far into the entry it ends.
 */
final class StoredZipEntries {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_DIRECTORY = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int STORED = 0;

    private final InputStream in;
    private Entry current;

    StoredZipEntries(InputStream in) {
        this.in = in;
    }

    /** One entry: its name and a stream of exactly its bytes. */
    record Entry(String name, long size, InputStream data) {
    }

    /** The next entry, or {@code null} where the central directory (the end of the entries) begins. */
    Entry next() throws IOException {
        if (current != null) {
            current.data().transferTo(OutputStreamSink.INSTANCE);
        }
        int signature = intLe(true);
        if (signature == -1 || signature == CENTRAL_DIRECTORY || signature == END_OF_CENTRAL_DIRECTORY) {
            current = null;
            return null;
        }
        if (signature != LOCAL_HEADER) {
            throw new ZipException("no entry header where one must begin (signature 0x"
                    + Integer.toHexString(signature) + ")");
        }
        shortLe(); // version needed
        int flags = shortLe();
        int method = shortLe();
        intLe(false); // time and date
        intLe(false); // crc; the SHA-256 of each entry is checked against the manifest instead
        long compressedSize = Integer.toUnsignedLong(intLe(false));
        intLe(false); // uncompressed size, equal for STORED
        int nameLength = shortLe();
        int extraLength = shortLe();
        String name = new String(exactly(nameLength), StandardCharsets.UTF_8);
        exactly(extraLength);
        if (method != STORED || (flags & 0x08) != 0) {
            throw new ZipException("entry " + name + " is compressed or streamed; archives are written uncompressed");
        }
        current = new Entry(name, compressedSize, new Bounded(name, compressedSize));
        return current;
    }

    private int intLe(boolean endAllowed) throws IOException {
        int b0 = in.read();
        if (b0 == -1 && endAllowed) {
            return -1;
        }
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        if ((b0 | b1 | b2 | b3) < 0) {
            throw new EOFException("archive ends inside an entry header");
        }
        return b0 | b1 << 8 | b2 << 16 | b3 << 24;
    }

    private int shortLe() throws IOException {
        int b0 = in.read();
        int b1 = in.read();
        if ((b0 | b1) < 0) {
            throw new EOFException("archive ends inside an entry header");
        }
        return b0 | b1 << 8;
    }

    private byte[] exactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("archive ends inside an entry header");
        }
        return bytes;
    }

    /** Exactly {@code size} bytes of the underlying stream; an early end is an {@link EOFException}. */
    private final class Bounded extends InputStream {

        private final String name;
        private final long size;
        private long remaining;

        Bounded(String name, long size) {
            this.name = name;
            this.size = size;
            this.remaining = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining == 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read == -1) {
                throw new EOFException("the archive ends " + (size - remaining) + " bytes into " + name + " of "
                        + size);
            }
            remaining -= read;
            return read;
        }
    }

    /** Discards what it is given: skipping the unread rest of an entry. */
    private static final class OutputStreamSink extends java.io.OutputStream {

        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
