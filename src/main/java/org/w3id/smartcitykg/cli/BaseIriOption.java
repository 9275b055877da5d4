package org.w3id.smartcitykg.cli;

import org.w3id.smartcitykg.rdf.IriScheme;
import org.w3id.smartcitykg.vocab.SC;
import picocli.CommandLine.Option;

/** {@code --base-iri}: where instance IRIs live. */
public final class BaseIriOption {
    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = SC.DEFAULT_BASE,
            description = "Base of instance IRIs, ending in / (default: ${DEFAULT-VALUE}).")
    String baseIri;

    IriScheme scheme() {
        return new IriScheme(baseIri);
    }
}
