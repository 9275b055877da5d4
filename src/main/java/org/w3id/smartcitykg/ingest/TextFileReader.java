package org.w3id.smartcitykg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Reads plain-text news files: UTF-8 only (strictly decoded, a BOM dropped, characters encoded
 * twice put back: {@link Mojibake}), NFC-normalised,
 * refusing empty, binary and oversized files with a reason a person can act on.
 */
public final class TextFileReader implements DocumentReader {
    /** News items are a few kilobytes; anything this large is not one, and would eat the heap. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public TextFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public TextFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public SourceText read(Path file) throws IngestException {
        byte[] bytes = readBytes(file);
        String text = decodeUtf8(file, bytes);
        if (text.isBlank()) {
            throw new IngestException(file, "the file holds only white space");
        }
        String normalised = Normalizer.normalize(Mojibake.repair(text.replace("\r\n", "\n")), Normalizer.Form.NFC);
        return new SourceText(file, normalised, sha256(bytes), bytes.length);
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            // One look at the file system for both questions: a news item costs less to read than a look.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new IngestException(file, "is a directory, not a document");
            }
            long size = attributes.size();
            if (size == 0) {
                throw new IngestException(file, "the file is empty");
            }
            if (size > maxBytes) {
                throw new IngestException(file, "the file is " + size + " bytes, over the limit of "
                        + maxBytes + " bytes for one news item");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "no such file");
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws IngestException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            // Its NUL bytes would otherwise read as binary: say what it is and how to fix it.
            throw new IngestException(file, "the file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                    + "save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new IngestException(file, "binary content (a NUL byte at offset " + i
                        + "); only plain UTF-8 text is converted");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new IngestException(file, "not valid UTF-8 (invalid byte sequence at offset "
                    + in.position() + "); convert it to UTF-8 first, e.g. with iconv");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The checksum of a file's bytes, as documents and the store record it. */
    public static String sha256(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /**
     * Never used itself, only cloned: asking the security providers for an algorithm by name costs
     * more than hashing a news item.
     */
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
