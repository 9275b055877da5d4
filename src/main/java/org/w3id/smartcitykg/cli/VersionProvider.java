package org.w3id.smartcitykg.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    /** The jar's version, or {@code dev} when run from classes. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"smartcity-kg " + version(),
                "Java " + System.getProperty("java.version") + ", Apache Jena "
                        + org.apache.jena.Jena.VERSION};
    }
}
