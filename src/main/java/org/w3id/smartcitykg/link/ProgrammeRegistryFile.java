package org.w3id.smartcitykg.link;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The programme registry compiled at build time: its programmes, every field in the order the
 * Turtle gave it, in a binary file read without an RDF parser, so that start-up does not wait
 * for Jena to initialise and parse 10,000 triples.
 */
final class ProgrammeRegistryFile {
    static final String RESOURCE = "/org/w3id/smartcitykg/link/programmes.bin";
    private static final int FORMAT = 1;

    private ProgrammeRegistryFile() {}

    static void write(Collection<ProgrammeRegistry.Programme> programmes, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(programmes.size());
        for (ProgrammeRegistry.Programme p : programmes) {
            data.writeUTF(p.key());
            writeStrings(data, p.types());
            data.writeInt(p.prefLabels().size());
            for (Map.Entry<String, String> e : p.prefLabels().entrySet()) {
                data.writeUTF(e.getKey());
                data.writeUTF(e.getValue());
            }
            writeStrings(data, p.altLabels());
            writeStrings(data, p.acronyms());
            writeStrings(data, p.countryCodes());
            writeStrings(data, p.period().stream().toList());
            writeStrings(data, p.exactMatches());
        }
        data.flush();
    }

    static List<ProgrammeRegistry.Programme> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) {
            throw new IOException("the compiled programme registry has another format: rebuild it");
        }
        int count = data.readInt();
        List<ProgrammeRegistry.Programme> programmes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = data.readUTF();
            List<String> types = readStrings(data);
            Map<String, String> pref = new LinkedHashMap<>();
            for (int n = data.readInt(); n > 0; n--) {
                pref.put(data.readUTF(), data.readUTF());
            }
            Set<String> alt = new LinkedHashSet<>(readStrings(data));
            Set<String> acronyms = new LinkedHashSet<>(readStrings(data));
            Set<String> countries = new LinkedHashSet<>(readStrings(data));
            Optional<String> period = readStrings(data).stream().findFirst();
            programmes.add(new ProgrammeRegistry.Programme(key, types, pref, alt, acronyms, countries, period,
                    readStrings(data)));
        }
        return programmes;
    }

    private static void writeStrings(DataOutputStream data, Collection<String> strings) throws IOException {
        data.writeInt(strings.size());
        for (String s : strings) {
            data.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream data) throws IOException {
        int n = data.readInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(data.readUTF());
        }
        return strings;
    }
}
