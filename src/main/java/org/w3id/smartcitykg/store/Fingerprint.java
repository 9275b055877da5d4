package org.w3id.smartcitykg.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a store was built with: the converter's build and the base IRI. A store built with another
 * converter or base is built anew; within one build, documents are compared one by one.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(String converterBuild, String baseIri) {
        return converterBuild + " " + baseIri;
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
}
