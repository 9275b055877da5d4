package org.w3id.smartcitykg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a store was built from: the converter's build, the base IRI and every input file's name and
 * bytes. Equal fingerprints mean the store can be served as it is.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(String converterBuild, String baseIri, List<Path> inputs) {
        MessageDigest digest = sha256();
        update(digest, converterBuild);
        update(digest, baseIri);
        for (Path p : inputs) {
            update(digest, p.getFileName().toString());
            try {
                digest.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            } catch (IOException e) {
                update(digest, "unreadable");
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Identifies the running code: its version and the jar's size and time, so a rebuild shows. */
    public static String converterBuild(Class<?> anchor) {
        String version = String.valueOf(anchor.getPackage().getImplementationVersion());
        try {
            Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return version + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
        } catch (Exception e) {
            return version;
        }
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
