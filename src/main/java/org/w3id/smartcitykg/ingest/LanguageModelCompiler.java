package org.w3id.smartcitykg.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (process-classes): compiles OpenNLP's language model into the flat table
 * {@link NGramLanguageModel} loads, so that start-up reads arrays instead of parsing the model.
 */
public final class LanguageModelCompiler {
    private LanguageModelCompiler() {}

    /** @param args the classes folder to write into */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0], NGramLanguageModel.RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            NGramLanguageModel.fromOpenNlp().write(out);
        }
    }
}
