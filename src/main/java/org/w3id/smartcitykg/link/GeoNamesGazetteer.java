package org.w3id.smartcitykg.link;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.extract.Transliteration;

/**
 * Every European populated place of GeoNames cities500 (built by {@code tools/gazetteer}), indexed
 * by all its names in all scripts, folded.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    public static final String RESOURCE = "/org/w3id/smartcitykg/link/gazetteer-europe.tsv.gz";

    /** A stem shorter than this matches too many names to narrow anything. */
    private static final int PREFIX = 3;

    private final GazetteerIndex index;

    private GeoNamesGazetteer(GazetteerIndex index) {
        this.index = index;
    }

    /** The index compiled at build time if there is one, else built from the bundled table (slower). */
    public static GeoNamesGazetteer load() {
        try (InputStream compiled = GeoNamesGazetteer.class.getResourceAsStream(GazetteerIndex.RESOURCE)) {
            if (compiled != null) {
                return new GeoNamesGazetteer(GazetteerIndex.read(new BufferedInputStream(compiled, 1 << 16)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled gazetteer " + GazetteerIndex.RESOURCE, e);
        }
        return new GeoNamesGazetteer(GazetteerIndex.build(readTable()));
    }

    /** The places of the bundled resource, without the name index: for tools that only walk them. */
    public static List<Place> bundledPlaces() {
        return readTable();
    }

    static List<Place> readTable() {
        try (InputStream raw = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the gazetteer " + RESOURCE + " is not on the class path");
            }
            return read(new GZIPInputStream(raw, 1 << 16));
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
        List<Place> found = index.byFoldedName(Folding.fold(name));
        if (found.isEmpty() && mayTransliterate(name) && !name.equals(Transliteration.toLatin(name))) {
            found = index.byFoldedName(Folding.fold(Transliteration.toLatin(name)));
        }
        return found;
    }

    /**
     * Whether a name may hold Cyrillic or Greek letters, which transliteration changes. Latin
     * letters, and the Latin ones with accents, transliterate to what folding already compares,
     * so most names, which are Latin, skip it.
     */
    private static boolean mayTransliterate(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x0370 && !(c >= 0x1E00 && c <= 0x1EFF)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<NameMatch> byNamePrefix(String prefix, int maxExtraChars) {
        String p = Folding.fold(prefix);
        return p.length() < PREFIX ? new ArrayList<>() : index.byFoldedPrefix(p, maxExtraChars);
    }

    @Override
    public int size() {
        return index.size();
    }
}
