package org.w3id.smartcitykg.cli;

import picocli.CommandLine;

/** The version from the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"smartcity-kg " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + ", Apache Jena "
                        + org.apache.jena.Jena.VERSION};
    }
}
