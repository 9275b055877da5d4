package org.w3id.smartcitykg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.extract.Transliteration;

/**
 * Every European populated place of GeoNames cities500 (built by {@code tools/gazetteer}), indexed
 * by all its names in all scripts, folded.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    public static final String RESOURCE = "/org/w3id/smartcitykg/link/gazetteer-europe.tsv.gz";

    private final Map<String, List<Place>> byName;
    /** Names by their first {@value #PREFIX} folded characters: enough to narrow a stem search. */
    private final Map<String, List<Keyed>> prefixIndex;
    private static final int PREFIX = 3;

    private record Keyed(String folded, NameMatch match) {}
    private final int size;

    private GeoNamesGazetteer(List<Place> places) {
        Map<String, List<Place>> names = new HashMap<>(places.size() * 8);
        Map<String, List<Keyed>> prefixes = new HashMap<>(1 << 16);
        for (Place p : places) {
            Map<String, String> keys = new HashMap<>();
            keys.putIfAbsent(Folding.fold(p.name()), p.name());
            keys.putIfAbsent(Folding.fold(p.asciiName()), p.asciiName());
            for (String alt : p.alternateNames()) {
                // European news writes places in Latin, Cyrillic or Greek; other scripts only cost time.
                if (europeanScript(alt)) {
                    keys.putIfAbsent(Folding.fold(alt), alt);
                }
            }
            keys.forEach((folded, written) -> {
                names.computeIfAbsent(folded, x -> new ArrayList<>(1)).add(p);
                if (folded.length() >= PREFIX) {
                    prefixes.computeIfAbsent(folded.substring(0, PREFIX), x -> new ArrayList<>())
                            .add(new Keyed(folded, new NameMatch(p, written)));
                }
            });
        }
        this.byName = names;
        this.prefixIndex = prefixes;
        this.size = places.size();
    }

    /** Loads the bundled resource (about a second). */
    public static GeoNamesGazetteer load() {
        try (InputStream raw = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the class path");
            }
            return new GeoNamesGazetteer(read(new GZIPInputStream(raw, 1 << 16)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    static List<Place> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !header.startsWith("geonameid")) {
            throw new IOException("the gazetteer has no header line");
        }
        List<Place> places = new ArrayList<>(90_000);
        String line;
        while ((line = reader.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 10) {
                continue;
            }
            List<String> alternates = c[3].isEmpty() ? List.of() : Arrays.asList(c[3].split(","));
            places.add(new Place(Long.parseLong(c[0]), c[1], c[2], alternates, Double.parseDouble(c[4]),
                    Double.parseDouble(c[5]), c[6], c[7], c[8], c[9].isEmpty() ? 0 : Long.parseLong(c[9])));
        }
        return places;
    }

    static boolean europeanScript(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x0370 && c < 0x0530 || c < 0x0370) {
                continue;
            }
            if (c >= 0x1E00 && c <= 0x1EFF || c >= 0x2000 && c <= 0x206F) {
                continue;
            }
            return false;
        }
        return true;
    }

    @Override
    public List<Place> byName(String name) {
        List<Place> found = byName.get(Folding.fold(name));
        if (found == null && !name.equals(Transliteration.toLatin(name))) {
            found = byName.get(Folding.fold(Transliteration.toLatin(name)));
        }
        return found == null ? List.of() : found;
    }

    @Override
    public List<NameMatch> byNamePrefix(String prefix, int maxExtraChars) {
        String p = Folding.fold(prefix);
        List<NameMatch> found = new ArrayList<>();
        if (p.length() < PREFIX) {
            return found;
        }
        for (Keyed k : prefixIndex.getOrDefault(p.substring(0, PREFIX), List.of())) {
            if (k.folded().startsWith(p) && k.folded().length() - p.length() <= maxExtraChars) {
                found.add(k.match());
            }
        }
        return found;
    }

    @Override
    public int size() {
        return size;
    }
}
