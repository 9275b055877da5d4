package org.w3id.smartcitykg.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * OpenNLP's maximum-entropy language model laid out flat: an open-addressing table of n-grams,
 * each slot one {@code long} holding its n-gram, written in the model's own alphabet (12 bits a
 * char), next to where its run of (language, weight) pairs starts in one array of
 * single-precision weights. Scoring a document costs about two cache misses per n-gram instead of
 * chasing a map entry and two arrays, in a table half the size a slot of two longs needs; and the
 * table loads in one bulk read from a file compiled at build time ({@link LanguageModelCompiler}),
 * not by parsing the 10 MB model. Probabilities are computed as {@code GISModel.eval} does, from
 * the weights rounded to floats.
 */
final class NGramLanguageModel {
    static final String RESOURCE = "/org/w3id/smartcitykg/ingest/langdetect-ngrams.bin";
    static final String OPENNLP_MODEL = "/langdetect-183.bin";
    private static final int FORMAT = 6;
    /**
     * An n-gram with weights for this many languages or more keeps them as a dense vector, zeros
     * where it has none: adding a whole vector is one simple loop the compiler vectorises, and
     * adding zero leaves a sum exactly as it was.
     */
    private static final int DENSE = 24;
    /** A run's first float: the number of pairs that follow, or this for a dense vector. */
    private static final float DENSE_RUN = -1;
    private static final int CODE_BITS = 12;
    private static final int RUN_BITS = 22;
    private static final long RUN_MASK = (1L << RUN_BITS) - 1;

    private final String[] languages;
    /** The chars of the model's n-grams, in order; a char's code is its index plus one. */
    private final char[] alphabet;
    /** Each char's code, 0 for a char no n-gram of the model holds. */
    private final short[] codes = new short[Character.MAX_VALUE + 1];
    /** Per slot, the coded n-gram above {@link #RUN_BITS} bits of its run's start in {@link #runs}; 0 if free. */
    private final long[] slots;
    /**
     * Runs, each a header (see {@link #DENSE_RUN}) and then (language, weight) pairs, the
     * language's index stored as a float, exactly, or a dense vector of weights. Floats: the table
     * is read at random, one n-gram after another, and half the bytes are half the waiting for
     * memory; a weight rounded to a float moves a document's score by about a millionth of a nat,
     * where languages that compete differ by whole nats.
     */
    private final float[] runs;
    /** OpenNLP's uniform prior, {@code log(1 / languages)}. */
    private final double logPrior;

    private NGramLanguageModel(String[] languages, char[] alphabet, long[] slots, float[] runs) {
        this.languages = languages;
        this.alphabet = alphabet;
        this.slots = slots;
        this.runs = runs;
        this.logPrior = StrictMath.log(1.0 / languages.length);
        for (int k = 0; k < alphabet.length; k++) {
            codes[alphabet[k]] = (short) (k + 1);
        }
    }

    /** The compiled table if the build made one, else compiled now from OpenNLP's model (slower). */
    static NGramLanguageModel load() {
        try (InputStream in = NGramLanguageModel.class.getResourceAsStream(RESOURCE)) {
            return in != null ? read(in) : fromOpenNlp();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + RESOURCE, e);
        }
    }

    static NGramLanguageModel fromOpenNlp() {
        try (InputStream in = NGramLanguageModel.class.getResourceAsStream(OPENNLP_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + OPENNLP_MODEL + " is not on the class path");
            }
            return of((GISModel) new LanguageDetectorModel(in).getMaxentModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model " + OPENNLP_MODEL, e);
        }
    }

    @SuppressWarnings("unchecked")
    static NGramLanguageModel of(GISModel model) {
        Object[] parts = model.getDataStructures();
        Map<String, Context> byGram = (Map<String, Context>) parts[1];
        String[] languages = (String[]) parts[2];
        java.util.TreeSet<Character> chars = new java.util.TreeSet<>();
        byGram.keySet().forEach(g -> g.chars().forEach(c -> chars.add((char) c)));
        if (chars.size() >= 1 << CODE_BITS) {
            throw new IllegalStateException("the model's n-grams hold " + chars.size() + " chars, more than "
                    + CODE_BITS + " bits can number");
        }
        char[] alphabet = new char[chars.size()];
        int k = 0;
        for (char c : chars) {
            alphabet[k++] = c;
        }
        NGramLanguageModel coder = new NGramLanguageModel(languages, alphabet, new long[0], new float[0]);
        long[] slots = new long[Integer.highestOneBit(byGram.size()) * 4];
        Context[] contexts = new Context[slots.length];
        long[] coded = new long[slots.length];
        for (Map.Entry<String, Context> e : byGram.entrySet()) {
            long gram = coder.coded(CharNGrams.pack(e.getKey()));
            int slot = slotOf(slots, gram);
            slots[slot] = gram << RUN_BITS; // the run's start is filled in below
            coded[slot] = gram;
            contexts[slot] = e.getValue();
        }
        float[] runs = new float[runsLength(contexts, languages.length)];
        if (runs.length > RUN_MASK) {
            throw new IllegalStateException("the model's weights do not fit " + RUN_BITS + " bits of offset");
        }
        int next = 0;
        for (int slot : inLayoutOrder(contexts, coded)) {
            int[] o = contexts[slot].getOutcomes();
            double[] w = contexts[slot].getParameters();
            slots[slot] = coded[slot] << RUN_BITS | next;
            if (o.length >= DENSE) {
                runs[next++] = DENSE_RUN;
                for (int j = 0; j < o.length; j++) {
                    runs[next + o[j]] = (float) w[j];
                }
                next += languages.length;
            } else {
                runs[next++] = o.length;
                for (int j = 0; j < o.length; j++, next += 2) {
                    runs[next] = o[j];
                    runs[next + 1] = (float) w[j];
                }
            }
        }
        return new NGramLanguageModel(languages, alphabet, slots, runs);
    }

    /**
     * The order the runs are laid out in: the dense vectors first, shortest n-grams first, then the
     * rest. A text's n-grams are mostly short and common, and their runs, packed together in a few
     * megabytes, are read with fewer misses of the caches and of the address translation.
     */
    private static int[] inLayoutOrder(Context[] contexts, long[] coded) {
        return java.util.stream.IntStream.range(0, contexts.length).filter(slot -> contexts[slot] != null).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(slot -> contexts[slot].getOutcomes().length >= DENSE ? 0 : 1)
                        .thenComparingLong(slot -> coded[slot] >>> (CODE_BITS * CharNGrams.MAX_LENGTH))
                        .thenComparingInt(slot -> slot))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int runsLength(Context[] contexts, int languages) {
        int length = 0;
        for (Context c : contexts) {
            if (c != null) {
                length += 1 + (c.getOutcomes().length >= DENSE ? languages : 2 * c.getOutcomes().length);
            }
        }
        return length;
    }

    /**
     * An n-gram packed by {@link CharNGrams#pack} written in the model's alphabet: its length, then
     * a code per char, the first highest; 0 when one of its chars is in no n-gram of the model.
     */
    long coded(long packed) {
        int length = (int) (packed >>> 48) & 3;
        long gram = length;
        for (int k = 0; k < CharNGrams.MAX_LENGTH; k++) {
            int code = 0;
            if (k < length) {
                code = codes[(char) (packed >>> (16 * (CharNGrams.MAX_LENGTH - 1 - k)))];
                if (code == 0) {
                    return 0;
                }
            }
            gram = gram << CODE_BITS | code;
        }
        return gram;
    }

    /** The slot holding the coded {@code gram}, or the free slot where it would go. */
    private static int slotOf(long[] slots, long gram) {
        int mask = slots.length - 1;
        int slot = CharNGrams.slot(gram, mask);
        while (slots[slot] != 0 && slots[slot] >>> RUN_BITS != gram) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    int languageCount() {
        return languages.length;
    }

    /** The model's code for a language, as OpenNLP names its outcomes ("pol", "ron"). */
    String language(int outcome) {
        return languages[outcome];
    }

    /** The probability of each language given the text's distinct n-grams, summed in their order. */
    double[] probabilities(String text) {
        double[] p = logScores(text);
        double sum = 0;
        for (int o = 0; o < p.length; o++) {
            p[o] = StrictMath.exp(p[o]);
            sum += p[o];
        }
        for (int o = 0; o < p.length; o++) {
            p[o] /= sum;
        }
        return p;
    }

    /** Each language's unnormalised log-probability given the text's distinct n-grams. */
    double[] logScores(String text) {
        double[] p = new double[languages.length];
        java.util.Arrays.fill(p, logPrior);
        int[] starts = runsOf(knownGrams(CharNGrams.lowerCased(text)));
        float[] headers = headersOf(starts);
        int[] dense = new int[starts.length];
        int denseCount = 0;
        for (int r = 0; r < starts.length; r++) {
            int from = starts[r] + 1;
            if (headers[r] == DENSE_RUN) {
                dense[denseCount++] = from;
            } else {
                int to = from + 2 * (int) headers[r];
                for (int k = from; k < to; k += 2) {
                    p[(int) runs[k]] += runs[k + 1];
                }
            }
        }
        addDense(dense, denseCount, p);
        return p;
    }

    /**
     * Adds the dense vectors starting at {@code from[0..count)} to {@code p}, eight at a time: a
     * vector is too short for the compiler's vector loop to pay, and one vector a pass spends
     * each language's load and store of {@code p} on a single weight. Eight weights summed as
     * floats before they reach the double differ from adding them one by one by about a
     * millionth of a nat.
     */
    private void addDense(int[] from, int count, double[] p) {
        float[] w = runs;
        int r = 0;
        for (; r + 8 <= count; r += 8) {
            int a = from[r], b = from[r + 1], c = from[r + 2], d = from[r + 3];
            int e = from[r + 4], f = from[r + 5], g = from[r + 6], h = from[r + 7];
            for (int o = 0; o < p.length; o++) {
                p[o] += ((w[a + o] + w[b + o]) + (w[c + o] + w[d + o])) + ((w[e + o] + w[f + o]) + (w[g + o] + w[h + o]));
            }
        }
        for (; r < count; r++) {
            int a = from[r];
            for (int o = 0; o < p.length; o++) {
                p[o] += w[a + o];
            }
        }
    }

    /**
     * The distinct n-grams of {@code lower} ({@link CharNGrams#lowerCased}) written in the model's
     * alphabet, shortest first and in the order they first occur, less the ones with a char no
     * n-gram of the model holds, which score nothing. Each char is looked up in the alphabet once, not once per n-gram it is in, and
     * such n-grams are never put in the set.
     */
    long[] knownGrams(char[] lower) {
        int[] code = new int[lower.length];
        for (int i = 0; i < lower.length; i++) {
            code[i] = codes[lower[i]];
        }
        long[] seen = CharNGrams.newSet(lower.length * CharNGrams.MAX_LENGTH);
        long[] grams = new long[lower.length * CharNGrams.MAX_LENGTH];
        int count = 0;
        for (int length = 1; length <= CharNGrams.MAX_LENGTH; length++) {
            for (int i = 0; i + length <= lower.length; i++) {
                long gram = knownGram(code, i, length);
                if (gram != 0 && CharNGrams.addIfAbsent(seen, gram)) {
                    grams[count++] = gram;
                }
            }
        }
        return java.util.Arrays.copyOf(grams, count);
    }

    /** The n-gram of {@code length} codes at {@code from} as {@link #coded} writes it, or 0 if a code is 0. */
    private static long knownGram(int[] code, int from, int length) {
        long gram = length;
        for (int k = 0; k < CharNGrams.MAX_LENGTH; k++) {
            int c = 0;
            if (k < length) {
                c = code[from + k];
                if (c == 0) {
                    return 0;
                }
            }
            gram = gram << CODE_BITS | c;
        }
        return gram;
    }

    /**
     * Where the runs of the coded n-grams the model knows start, in the n-grams' order. Finding
     * them all before reading any lets the processor wait for many slots of the large table at once.
     */
    private int[] runsOf(long[] codedGrams) {
        int[] found = new int[codedGrams.length];
        int count = 0;
        for (long gram : codedGrams) {
            long slot = slots[slotOf(slots, gram)];
            if (slot != 0) {
                found[count++] = (int) (slot & RUN_MASK);
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    /**
     * Each run's header, read in a loop of its own: the reads do not wait for each other, so the
     * processor fetches many runs' first bytes from memory at once, and the summing loop, whose
     * long dense vectors leave no room to look ahead, finds them in its caches.
     */
    private float[] headersOf(int[] starts) {
        float[] headers = new float[starts.length];
        for (int r = 0; r < starts.length; r++) {
            headers[r] = runs[starts[r]];
        }
        return headers;
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(languages.length);
        for (String l : languages) {
            data.writeUTF(l);
        }
        data.writeInt(alphabet.length);
        data.writeInt(slots.length);
        data.writeInt(runs.length);
        data.write(PrimitiveArrays.toBytes(alphabet, slots, runs));
        data.flush();
    }

    static NGramLanguageModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != FORMAT) {
            throw new IOException("the compiled language model has another format: rebuild it");
        }
        String[] languages = new String[data.readInt()];
        for (int i = 0; i < languages.length; i++) {
            languages[i] = data.readUTF();
        }
        char[] alphabet = new char[data.readInt()];
        long[] slots = new long[data.readInt()];
        float[] runs = new float[data.readInt()];
        PrimitiveArrays.fromBytes(data.readAllBytes(), alphabet, slots, runs);
        return new NGramLanguageModel(languages, alphabet, slots, runs);
    }
}
