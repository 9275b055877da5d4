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
 * n-grams, each with its run of (language, weight) pairs in two arrays. Scoring a document reads
 * a few contiguous arrays instead of chasing a map entry and two arrays per n-gram, and the
 * table loads in one bulk read from a file compiled at build time ({@link LanguageModelCompiler}),
 * not by parsing the 10 MB model. Probabilities are computed as {@code GISModel.eval} does.
 */
final class NGramLanguageModel {
    static final String RESOURCE = "/org/w3id/smartcitykg/ingest/langdetect-ngrams.bin";
    static final String OPENNLP_MODEL = "/langdetect-183.bin";
    private static final int FORMAT = 1;

    private final String[] languages;
    private final long[] grams;
    /** Where each slot's run of pairs starts in {@link #outcomes} and {@link #weights}; one entry more than slots. */
    private final int[] firstPair;
    private final short[] outcomes;
    private final double[] weights;
    /** OpenNLP's uniform prior, {@code log(1 / languages)}. */
    private final double logPrior;

    private NGramLanguageModel(String[] languages, long[] grams, int[] firstPair, short[] outcomes, double[] weights) {
        this.languages = languages;
        this.grams = grams;
        this.firstPair = firstPair;
        this.outcomes = outcomes;
        this.weights = weights;
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
        int capacity = Integer.highestOneBit(byGram.size()) * 4;
        long[] grams = new long[capacity];
        Context[] contexts = new Context[capacity];
        int pairs = 0;
        for (Map.Entry<String, Context> e : byGram.entrySet()) {
            int slot = freeSlot(grams, CharNGrams.pack(e.getKey()));
            grams[slot] = CharNGrams.pack(e.getKey());
            contexts[slot] = e.getValue();
            pairs += e.getValue().getOutcomes().length;
        }
        int[] firstPair = new int[capacity + 1];
        short[] outcomes = new short[pairs];
        double[] weights = new double[pairs];
        int next = 0;
        for (int slot = 0; slot < capacity; slot++) {
            firstPair[slot] = next;
            if (contexts[slot] != null) {
                int[] o = contexts[slot].getOutcomes();
                double[] w = contexts[slot].getParameters();
                for (int k = 0; k < o.length; k++, next++) {
                    outcomes[next] = (short) o[k];
                    weights[next] = w[k];
                }
            }
        }
        firstPair[capacity] = next;
        return new NGramLanguageModel(languages, grams, firstPair, outcomes, weights);
    }

    private static int freeSlot(long[] grams, long gram) {
        int mask = grams.length - 1;
        int slot = CharNGrams.slot(gram, mask);
        while (grams[slot] != 0 && grams[slot] != gram) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int find(long gram) {
        int mask = grams.length - 1;
        for (int slot = CharNGrams.slot(gram, mask); ; slot = (slot + 1) & mask) {
            if (grams[slot] == gram) {
                return slot;
            }
            if (grams[slot] == 0) {
                return -1;
            }
        }
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
        double[] p = new double[languages.length];
        java.util.Arrays.fill(p, logPrior);
        for (long gram : distinctGrams) {
            int slot = find(gram);
            if (slot >= 0) {
                for (int k = firstPair[slot]; k < firstPair[slot + 1]; k++) {
                    p[outcomes[k]] += weights[k];
                }
            }
        }
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

    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(FORMAT);
        data.writeInt(languages.length);
        for (String l : languages) {
            data.writeUTF(l);
        }
        data.writeInt(grams.length);
        data.writeInt(weights.length);
        data.write(PrimitiveArrays.toBytes(grams, firstPair, outcomes, weights));
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
        int capacity = data.readInt();
        int pairs = data.readInt();
        long[] grams = new long[capacity];
        int[] firstPair = new int[capacity + 1];
        short[] outcomes = new short[pairs];
        double[] weights = new double[pairs];
        PrimitiveArrays.fromBytes(data.readAllBytes(), grams, firstPair, outcomes, weights);
        return new NGramLanguageModel(languages, grams, firstPair, outcomes, weights);
    }
}
