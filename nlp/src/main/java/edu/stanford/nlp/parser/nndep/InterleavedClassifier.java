/*
 * Entente — evidence-backed event data from news. Copyright (C) the Entente developers.
 * Licensed under the GNU General Public License, version 3 or later (see LICENSE).
 */
package edu.stanford.nlp.parser.nndep;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency classifier with the same arithmetic in a faster order.
 *
 * <p>CoreNLP scores a parser state with one long dependent chain of additions per output (83 dot products of
 * 1,000 terms, and 1,000 of 50 terms for each feature embedding not precomputed): the CPU waits on each addition,
 * and that is three quarters of Entente's parsing time. Here the loops are turned inside out so each step adds to
 * many independent sums at once, which the JIT turns into vector instructions. Every sum still adds the same terms
 * in the same order, in the same precisions, so the scores are bit for bit those of CoreNLP's default
 * configuration and so are the parses (checked by {@code InterleavedClassifierTest}).
 *
 * <p>It lives in CoreNLP's package because the method it replaces, {@code computeScores}, is package-private.
 * It holds no locks: scratch space and the cache of computed embeddings are per thread, where CoreNLP shares one
 * synchronised cache between threads.
 */
public final class InterleavedClassifier extends Classifier {

  /** Feature slots per parser state: CoreNLP's arc-standard feature template. */
  private static final int FEATURES = 48;
  /** Computed embedding products kept per thread; a sentence of news needs about 60. */
  private static final int CACHE_SLOTS = 2048;

  private final int hidden;
  private final int embedding;
  private final int labels;
  private final float[][] embeddings;
  private final float[] bias;
  /** W1 transposed: one row of {@code hidden} weights per input dimension. */
  private final float[][] inputByDimension;
  /** W2 transposed and widened: one row of {@code labels} weights per hidden unit. */
  private final double[][] outputByHidden;
  /** CoreNLP's precomputed products of frequent features, shared with the original classifier. */
  private final double[][] precomputed;
  private final IntIntMap precomputedIndex;
  private final ThreadLocal<Scratch> scratch;

  /**
   * Replaces the classifier of a loaded parser with this one, sharing its weights and precomputed products.
   *
   * @throws ReflectiveOperationException where this CoreNLP's parser is not laid out as expected (the caller keeps
   *     CoreNLP's own classifier)
   */
  public static void install(DependencyParser parser) throws ReflectiveOperationException {
    Classifier original = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    if (original instanceof InterleavedClassifier) return;
    if (original == null) throw new IllegalStateException("the parser has no model loaded");
    Config config = (Config) field(DependencyParser.class, "config").get(parser);
    // with its cache off CoreNLP keeps embedding products in double, not rounded to float as here and by default
    if (config.numCached == 0) throw new IllegalStateException("the parser's cache of products is off (numCached=0)");
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> rowOf = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
    double[][] rows = (double[][]) field(Classifier.class, "saved").get(original);
    if (rows == null) rows = new double[0][];
    field(DependencyParser.class, "classifier").set(parser, new InterleavedClassifier(config, original, rowOf, rows));
  }

  /**
   * Installs this classifier in the dependency parser of every {@code depparse} annotator of a pipeline.
   *
   * @return how many parsers it was installed in
   */
  public static int installInParsersOf(AnnotationPipeline pipeline)
      throws ReflectiveOperationException {
    int installed = 0;
    for (Object annotator : (List<?>) field(AnnotationPipeline.class, "annotators").get(pipeline)) {
      if (annotator instanceof DependencyParseAnnotator) {
        install((DependencyParser) field(DependencyParseAnnotator.class, "parser").get(annotator));
        installed++;
      }
    }
    return installed;
  }

  /** True when the parser scores with this class. */
  public static boolean installedIn(DependencyParser parser) throws ReflectiveOperationException {
    return field(DependencyParser.class, "classifier").get(parser) instanceof InterleavedClassifier;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * @param config the parser's configuration
   * @param original the classifier CoreNLP loaded
   * @param precomputedRowOf for each precomputed feature id, its row in {@code precomputedRows}
   * @param precomputedRows CoreNLP's precomputed hidden-layer products
   */
  InterleavedClassifier(Config config, Classifier original, Map<Integer, Integer> precomputedRowOf,
      double[][] precomputedRows) {
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
    float[][] w1 = original.getW1();
    float[][] w2 = original.getW2();
    embeddings = original.getE();
    bias = original.getb1();
    hidden = w1.length;
    embedding = embeddings[0].length;
    labels = w2.length;
    if (w1[0].length != FEATURES * embedding) {
      throw new IllegalArgumentException("unexpected input width " + w1[0].length + " for " + FEATURES
          + " features of " + embedding + " dimensions");
    }
    if (precomputedRows.length == 0) precomputedRowOf = Map.of(); // precomputation switched off
    inputByDimension = new float[w1[0].length][hidden];
    for (int i = 0; i < hidden; i++) {
      for (int k = 0; k < w1[i].length; k++) inputByDimension[k][i] = w1[i][k];
    }
    outputByHidden = new double[hidden][labels];
    for (int l = 0; l < labels; l++) {
      for (int i = 0; i < hidden; i++) outputByHidden[i][l] = w2[l][i];
    }
    precomputed = precomputedRows;
    precomputedIndex = new IntIntMap(precomputedRowOf.size());
    for (Map.Entry<Integer, Integer> e : precomputedRowOf.entrySet()) {
      if (precomputedRows[e.getValue()].length != hidden) throw new IllegalArgumentException("precomputed row width");
      precomputedIndex.put(e.getKey(), e.getValue());
    }
    scratch = ThreadLocal.withInitial(() -> new Scratch(hidden));
  }

  @Override
  double[] computeScores(int[] features) {
    Scratch s = scratch.get();
    double[][] rows = s.rows;
    for (int j = 0; j < FEATURES; j++) {
      int token = features[j];
      int id = token * FEATURES + j;
      int row = precomputedIndex.get(id);
      rows[j] = row >= 0 ? precomputed[row] : s.product(id, token, j * embedding, this);
    }
    // h = ((0 + r0) + r1) + ... + r47, four rows per pass: the same additions in the same order
    double[] h = s.hidden;
    java.util.Arrays.fill(h, 0.0);
    for (int j = 0; j < FEATURES; j += 4) {
      double[] a = rows[j];
      double[] b = rows[j + 1];
      double[] c = rows[j + 2];
      double[] d = rows[j + 3];
      for (int i = 0; i < hidden; i++) h[i] = h[i] + a[i] + b[i] + c[i] + d[i];
    }
    for (int i = 0; i < hidden; i++) {
      double x = h[i] + bias[i];
      h[i] = x * x * x;
    }
    // scores[l] = sum over i of h[i] * W2[l][i], i ascending: 83 sums advanced together, four terms at a time
    double[] scores = new double[labels];
    int i = 0;
    for (; i + 4 <= hidden; i += 4) {
      double h0 = h[i];
      double h1 = h[i + 1];
      double h2 = h[i + 2];
      double h3 = h[i + 3];
      double[] w0 = outputByHidden[i];
      double[] w1 = outputByHidden[i + 1];
      double[] w2 = outputByHidden[i + 2];
      double[] w3 = outputByHidden[i + 3];
      for (int l = 0; l < labels; l++) scores[l] = scores[l] + h0 * w0[l] + h1 * w1[l] + h2 * w2[l] + h3 * w3[l];
    }
    for (; i < hidden; i++) {
      double hi = h[i];
      double[] w = outputByHidden[i];
      for (int l = 0; l < labels; l++) scores[l] = scores[l] + hi * w[l];
    }
    return scores;
  }

  /**
   * An embedding times its slice of W1 as CoreNLP's cache keeps it: float products summed in double over the
   * dimensions in order, rounded to float (and widened back, exactly, to add as a double row).
   */
  private double[] product(int token, int offset, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    float[] e = embeddings[token];
    int d = 0;
    for (; d + 2 <= embedding; d += 2) {
      float e0 = e[d];
      float e1 = e[d + 1];
      float[] w0 = inputByDimension[offset + d];
      float[] w1 = inputByDimension[offset + d + 1];
      for (int i = 0; i < hidden; i++) out[i] = out[i] + (double) (w0[i] * e0) + (double) (w1[i] * e1);
    }
    for (; d < embedding; d++) {
      float ed = e[d];
      float[] w = inputByDimension[offset + d];
      for (int i = 0; i < hidden; i++) out[i] = out[i] + (double) (w[i] * ed);
    }
    for (int i = 0; i < hidden; i++) out[i] = (float) out[i];
    return out;
  }

  /** Per-thread buffers and a direct-mapped cache of embedding products, reset as a whole when it fills. */
  private static final class Scratch {
    final double[] hidden;
    final double[][] rows = new double[FEATURES][];
    final double[][] values;
    final IntIntMap slots = new IntIntMap(CACHE_SLOTS);
    int used;

    Scratch(int hiddenSize) {
      hidden = new double[hiddenSize];
      values = new double[CACHE_SLOTS][hiddenSize];
    }

    double[] product(int id, int token, int offset, InterleavedClassifier c) {
      int slot = slots.get(id);
      if (slot >= 0) return values[slot];
      if (used == CACHE_SLOTS) {
        slots.clear();
        used = 0;
      }
      slot = used++;
      slots.put(id, slot);
      return c.product(token, offset, values[slot]);
    }
  }

  /** Open-addressing map from non-negative int to non-negative int; {@code get} answers -1 when absent. */
  static final class IntIntMap {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntIntMap(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      clear();
    }

    void clear() { java.util.Arrays.fill(keys, -1); }

    private static int slot(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    int get(int key) {
      for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
        int k = keys[i];
        if (k == key) return values[i];
        if (k == -1) return -1;
      }
    }

    void put(int key, int value) {
      if (key < 0) throw new IllegalArgumentException("negative key " + key);
      int i = slot(key) & mask;
      while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
      keys[i] = key;
      values[i] = value;
    }
  }
}
