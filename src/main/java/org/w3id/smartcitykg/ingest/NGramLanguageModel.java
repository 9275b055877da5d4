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
 * OpenNLP's maximum-entropy language model laid out flat: an open-addressing table of packed
 * n-grams, each slot holding its n-gram next to where its run of (language, weight) pairs starts
 * in one array of single-precision weights. Scoring a document costs about two cache misses per n-gram instead of chasing a
 * map entry and two arrays, and the
 * table loads in one bulk read from a file compiled at build time ({@link LanguageModelCompiler}),
 * not by parsing the 10 MB model. Probabilities are computed as {@code GISModel.eval} does, from
 * the weights rounded to floats.
 */
final class NGramLanguageModel {
    static final String RESOURCE = "/org/w3id/smartcitykg/ingest/langdetect-ngrams.bin";
    static final String OPENNLP_MODEL = "/langdetect-183.bin";
    private static final int FORMAT = 4;
    /**
     * An n-gram with weights for this many languages or more keeps them as a dense vector, zeros
     * where it has none: adding a whole vector is one simple loop the compiler vectorises, and
     * adding zero leaves a sum exactly as it was.
     */
    private static final int DENSE = 24;
    private static final int DENSE_RUN = -1;

    private final String[] languages;
    /** Per slot two longs: the packed n-gram (0 if free), then its run's start in {@link #runs} and its length. */
    private final long[] slots;
    /**
     * Runs of (language, weight) pairs, the language's index stored as a float, exactly; or dense
     * runs of weights. Floats: the table is read at random, one n-gram after another, and half
     * the bytes are half the waiting for memory; a weight rounded to a float moves a document's
     * score by about a millionth of a nat, where languages that compete differ by whole nats.
     */
    private final float[] runs;
    /** OpenNLP's uniform prior, {@code log(1 / languages)}. */
    private final double logPrior;

    private NGramLanguageModel(String[] languages, long[] slots, float[] runs) {
        this.languages = languages;
        this.slots = slots;
        this.runs = runs;
        this.logPrior = StrictMath.log(1.0 / languages.length);
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
        long[] slots = new long[Integer.highestOneBit(byGram.size()) * 4 * 2];
        Context[] contexts = new Context[slots.length / 2];
        for (Map.Entry<String, Context> e : byGram.entrySet()) {
            long gram = CharNGrams.pack(e.getKey());
            int slot = slotOf(slots, gram);
            slots[2 * slot] = gram;
            contexts[slot] = e.getValue();
        }
        float[] runs = new float[runsLength(contexts, languages.length)];
        int next = 0;
        for (int slot = 0; slot < contexts.length; slot++) {
            if (contexts[slot] != null) {
                int[] o = contexts[slot].getOutcomes();
                double[] w = contexts[slot].getParameters();
                if (o.length >= DENSE) {
                    slots[2 * slot + 1] = (long) next << 32 | (DENSE_RUN & 0xFFFF_FFFFL);
                    for (int k = 0; k < o.length; k++) {
                        runs[next + o[k]] = (float) w[k];
                    }
                    next += languages.length;
                } else {
                    slots[2 * slot + 1] = (long) next << 32 | o.length;
                    for (int k = 0; k < o.length; k++, next += 2) {
                        runs[next] = o[k];
                        runs[next + 1] = (float) w[k];
                    }
                }
            }
        }
        return new NGramLanguageModel(languages, slots, runs);
    }

    private static int runsLength(Context[] contexts, int languages) {
        int length = 0;
        for (Context c : contexts) {
            if (c != null) {
                length += c.getOutcomes().length >= DENSE ? languages : 2 * c.getOutcomes().length;
            }
        }
        return length;
    }

    /** The slot holding {@code gram}, or the free slot where it would go. */
    private static int slotOf(long[] slots, long gram) {
        int mask = slots.length / 2 - 1;
        int slot = CharNGrams.slot(gram, mask);
        while (slots[2 * slot] != 0 && slots[2 * slot] != gram) {
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

    /** The probability of each language given these distinct n-grams, summed in their order. */
    double[] probabilities(long[] distinctGrams) {
        double[] p = logScores(distinctGrams);
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

    /** Each language's unnormalised log-probability given these distinct n-grams, summed in their order. */
    double[] logScores(long[] distinctGrams) {
        double[] p = new double[languages.length];
        java.util.Arrays.fill(p, logPrior);
        for (long run : runsOf(distinctGrams)) {
            int from = (int) (run >>> 32);
            if ((int) run == DENSE_RUN) {
                for (int o = 0; o < p.length; o++) {
                    p[o] += runs[from + o];
                }
            } else {
                int to = from + 2 * (int) run;
                for (int k = from; k < to; k += 2) {
                    p[(int) runs[k]] += runs[k + 1];
                }
            }
        }
        return p;
    }

    /**
     * The runs of the n-grams the model knows, in the n-grams' order. Finding them all before
     * reading any lets the processor wait for many slots of the large table at once.
     */
    private long[] runsOf(long[] grams) {
        long[] found = new long[grams.length];
        int count = 0;
        for (long gram : grams) {
            int slot = slotOf(slots, gram);
            if (slots[2 * slot] == gram) {
                found[count++] = slots[2 * slot + 1];
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(languages.length);
        for (String l : languages) {
            data.writeUTF(l);
        }
        data.writeInt(slots.length);
        data.writeInt(runs.length);
        data.write(PrimitiveArrays.toBytes(slots, runs));
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
        long[] slots = new long[data.readInt()];
        float[] runs = new float[data.readInt()];
        PrimitiveArrays.fromBytes(data.readAllBytes(), slots, runs);
        return new NGramLanguageModel(languages, slots, runs);
    }
}
