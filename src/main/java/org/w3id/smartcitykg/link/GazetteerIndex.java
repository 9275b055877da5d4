package org.w3id.smartcitykg.link;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.w3id.smartcitykg.extract.Folding;
import org.w3id.smartcitykg.ingest.PrimitiveArrays;

/**
 * The gazetteer's places and its folded names as flat arrays: names sorted, so that a name is
 * found by bisection and the names starting with a stem form one run, and each place encoded in
 * bytes and decoded the first time a look-up returns it. Compiled at build time, it loads in a few
 * bulk reads: nothing is folded, hashed or decoded at start-up.
 *
 * <p>Look-ups return what the hash maps this replaces returned, in the same order: places of one
 * name in gazetteer order; names of a stem by place, then by the order the place's names came
 * out of the map that collected them ({@code rank}).
 */
final class GazetteerIndex {
    static final String RESOURCE = "/org/w3id/smartcitykg/link/gazetteer-europe.bin";
    private static final int FORMAT = 2;

    private final int[] placeStart;
    private final byte[] placeData;
    private final int[] keyStart;
    private final char[] keyChars;
    /**
     * Open addressing by the key's {@link String#hashCode}: each slot holds a key's index plus
     * one, or 0. An exact look-up costs a hash and a compare or two instead of a bisection whose
     * twenty steps each read a key far from the last.
     */
    private final int[] keyTable;
    /** For each key, where its postings start; the postings of one key are sorted by place, then rank. */
    private final int[] postingStart;
    private final int[] postingPlace;
    /** Which of the place's names the key folds: 0 its name, 1 its ASCII name, 2 + i its i-th alternate name. */
    private final short[] postingName;
    private final short[] postingRank;
    /** Each place decoded once, so that every look-up returns the same instance. */
    private final AtomicReferenceArray<Place> decoded;

    private GazetteerIndex(int[] placeStart, byte[] placeData, int[] keyStart, char[] keyChars, int[] keyTable,
                           int[] postingStart, int[] postingPlace, short[] postingName, short[] postingRank) {
        this.placeStart = placeStart;
        this.placeData = placeData;
        this.keyStart = keyStart;
        this.keyChars = keyChars;
        this.keyTable = keyTable;
        this.postingStart = postingStart;
        this.postingPlace = postingPlace;
        this.postingName = postingName;
        this.postingRank = postingRank;
        this.decoded = new AtomicReferenceArray<>(placeStart.length - 1);
    }

    private record Posting(String key, int place, int name, int rank) {}

    /** Indexes every place by its name, ASCII name and European-script alternate names, folded. */
    static GazetteerIndex build(List<Place> places) {
        List<Posting> postings = new ArrayList<>(places.size() * 5);
        ByteArrayOutputStream data = new ByteArrayOutputStream(places.size() * 100);
        int[] placeStart = new int[places.size() + 1];
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            placeStart[i] = data.size();
            encode(p, data);
            int rank = 0;
            for (Map.Entry<String, String> key : foldedNames(p).entrySet()) {
                postings.add(new Posting(key.getKey(), i, names(p).indexOf(key.getValue()), rank++));
            }
        }
        placeStart[places.size()] = data.size();
        postings.sort(Comparator.comparing(Posting::key).thenComparingInt(Posting::place)
                .thenComparingInt(Posting::rank));
        return fromSortedPostings(placeStart, data.toByteArray(), postings);
    }

    /** A place's folded names, each with the first of its names that folds to it, in a hash map's order. */
    private static Map<String, String> foldedNames(Place p) {
        Map<String, String> keys = new HashMap<>();
        keys.putIfAbsent(Folding.fold(p.name()), p.name());
        keys.putIfAbsent(Folding.fold(p.asciiName()), p.asciiName());
        for (String alt : p.alternateNames()) {
            // European news writes places in Latin, Cyrillic or Greek; other scripts only cost time.
            if (GeoNamesGazetteer.europeanScript(alt)) {
                keys.putIfAbsent(Folding.fold(alt), alt);
            }
        }
        return keys;
    }

    private static List<String> names(Place p) {
        List<String> names = new ArrayList<>(p.alternateNames().size() + 2);
        names.add(p.name());
        names.add(p.asciiName());
        names.addAll(p.alternateNames());
        return names;
    }

    private static GazetteerIndex fromSortedPostings(int[] placeStart, byte[] placeData, List<Posting> postings) {
        List<String> keys = new ArrayList<>();
        List<Integer> firstPosting = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            if (i == 0 || !postings.get(i).key().equals(postings.get(i - 1).key())) {
                keys.add(postings.get(i).key());
                firstPosting.add(i);
            }
        }
        int[] keyStart = new int[keys.size() + 1];
        StringBuilder chars = new StringBuilder();
        int[] postingStart = new int[keys.size() + 1];
        for (int k = 0; k < keys.size(); k++) {
            keyStart[k] = chars.length();
            chars.append(keys.get(k));
            postingStart[k] = firstPosting.get(k);
        }
        keyStart[keys.size()] = chars.length();
        postingStart[keys.size()] = postings.size();
        int[] place = new int[postings.size()];
        short[] name = new short[postings.size()];
        short[] rank = new short[postings.size()];
        for (int i = 0; i < postings.size(); i++) {
            place[i] = postings.get(i).place();
            name[i] = (short) postings.get(i).name();
            rank[i] = (short) postings.get(i).rank();
        }
        char[] keyChars = new char[chars.length()];
        chars.getChars(0, chars.length(), keyChars, 0);
        return new GazetteerIndex(placeStart, placeData, keyStart, keyChars, keyTable(keyStart, keyChars), postingStart,
                place, name, rank);
    }

    int size() {
        return placeStart.length - 1;
    }

    /** The places one of whose names folds to {@code folded}, in gazetteer order. */
    List<Place> byFoldedName(String folded) {
        int k = find(folded);
        if (k < 0) {
            return List.of();
        }
        List<Place> found = new ArrayList<>(postingStart[k + 1] - postingStart[k]);
        for (int i = postingStart[k]; i < postingStart[k + 1]; i++) {
            found.add(place(postingPlace[i]));
        }
        return found;
    }

    /** Names that start with {@code folded} and are at most {@code maxExtraChars} longer, with their places. */
    List<Gazetteer.NameMatch> byFoldedPrefix(String folded, int maxExtraChars) {
        List<Integer> postings = new ArrayList<>();
        for (int k = lowerBound(folded); k < keyStart.length - 1 && keyStartsWith(k, folded); k++) {
            if (keyLength(k) - folded.length() <= maxExtraChars) {
                for (int i = postingStart[k]; i < postingStart[k + 1]; i++) {
                    postings.add(i);
                }
            }
        }
        postings.sort(Comparator.comparingInt((Integer i) -> postingPlace[i]).thenComparingInt(i -> postingRank[i]));
        List<Gazetteer.NameMatch> found = new ArrayList<>(postings.size());
        for (int i : postings) {
            Place p = place(postingPlace[i]);
            found.add(new Gazetteer.NameMatch(p, names(p).get(postingName[i])));
        }
        return found;
    }

    private int find(String key) {
        int mask = keyTable.length - 1;
        for (int slot = spread(key.hashCode()) & mask; keyTable[slot] != 0; slot = (slot + 1) & mask) {
            if (compare(keyTable[slot] - 1, key) == 0) {
                return keyTable[slot] - 1;
            }
        }
        return -1;
    }

    private static int[] keyTable(int[] keyStart, char[] keyChars) {
        int keys = keyStart.length - 1;
        int[] table = new int[Integer.highestOneBit(Math.max(2, keys)) * 4];
        int mask = table.length - 1;
        for (int k = 0; k < keys; k++) {
            int slot = spread(new String(keyChars, keyStart[k], keyStart[k + 1] - keyStart[k]).hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
        return table;
    }

    /** A string's hash with its high bits mixed down, as {@code HashMap} does. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The first key not less than {@code key}. */
    private int lowerBound(String key) {
        int low = 0;
        int high = keyStart.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compare(mid, key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** As {@link String#compareTo}: char by char, then the shorter first. */
    private int compare(int k, String key) {
        int from = keyStart[k];
        int length = keyLength(k);
        int n = Math.min(length, key.length());
        for (int i = 0; i < n; i++) {
            int d = keyChars[from + i] - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return length - key.length();
    }

    private int keyLength(int k) {
        return keyStart[k + 1] - keyStart[k];
    }

    private boolean keyStartsWith(int k, String prefix) {
        if (keyLength(k) < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (keyChars[keyStart[k] + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private Place place(int i) {
        Place p = decoded.get(i);
        if (p == null) {
            decoded.compareAndSet(i, null, decode(i));
            p = decoded.get(i);
        }
        return p;
    }

    private static void encode(Place p, ByteArrayOutputStream bytes) {
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(p.geonameId());
            out.writeUTF(p.name());
            out.writeUTF(p.asciiName());
            out.writeInt(p.alternateNames().size());
            for (String alt : p.alternateNames()) {
                out.writeUTF(alt);
            }
            out.writeDouble(p.latitude());
            out.writeDouble(p.longitude());
            out.writeUTF(p.featureCode());
            out.writeUTF(p.countryCode());
            out.writeUTF(p.admin1Code());
            out.writeLong(p.population());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Place decode(int i) {
        try {
            DataInputStream in = new DataInputStream(
                    new ByteArrayInputStream(placeData, placeStart[i], placeStart[i + 1] - placeStart[i]));
            long id = in.readLong();
            String name = in.readUTF();
            String ascii = in.readUTF();
            String[] alternates = new String[in.readInt()];
            for (int a = 0; a < alternates.length; a++) {
                alternates[a] = in.readUTF();
            }
            return new Place(id, name, ascii, alternates.length == 0 ? List.of() : Arrays.asList(alternates),
                    in.readDouble(), in.readDouble(), in.readUTF(), in.readUTF(), in.readUTF(), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(placeStart.length);
        data.writeInt(placeData.length);
        data.writeInt(keyStart.length);
        data.writeInt(keyChars.length);
        data.writeInt(keyTable.length);
        data.writeInt(postingPlace.length);
        data.write(PrimitiveArrays.toBytes(placeStart, placeData, keyStart, keyChars, keyTable, postingStart,
                postingPlace, postingName, postingRank));
        data.flush();
    }

    static GazetteerIndex read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) {
            throw new IOException("the compiled gazetteer has another format: rebuild it");
        }
        int[] placeStart = new int[data.readInt()];
        byte[] placeData = new byte[data.readInt()];
        int[] keyStart = new int[data.readInt()];
        char[] keyChars = new char[data.readInt()];
        int[] keyTable = new int[data.readInt()];
        int postings = data.readInt();
        int[] postingStart = new int[keyStart.length];
        int[] postingPlace = new int[postings];
        short[] postingName = new short[postings];
        short[] postingRank = new short[postings];
        PrimitiveArrays.fromBytes(data.readAllBytes(), placeStart, placeData, keyStart, keyChars, keyTable,
                postingStart, postingPlace, postingName, postingRank);
        return new GazetteerIndex(placeStart, placeData, keyStart, keyChars, keyTable, postingStart, postingPlace,
                postingName, postingRank);
    }
}
