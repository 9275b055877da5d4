package org.w3id.smartcitykg.link;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by the build (process-classes): compiles the link stage's heavy resources into the binary
 * forms they load from at start-up.
 */
public final class LinkResourceCompiler {
    private LinkResourceCompiler() {}

    /** @param args the classes folder to write into */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = create(Path.of(args[0]), ProgrammeRegistryFile.RESOURCE)) {
            ProgrammeRegistryFile.write(ProgrammeRegistry.fromTurtle().programmes(), out);
        }
        try (OutputStream out = create(Path.of(args[0]), GazetteerIndex.RESOURCE)) {
            GazetteerIndex.build(GeoNamesGazetteer.readTable()).write(out);
        }
    }

    private static OutputStream create(Path classes, String resource) throws IOException {
        Path target = classes.resolve(resource.substring(1));
        Files.createDirectories(target.getParent());
        return new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
    }
}
