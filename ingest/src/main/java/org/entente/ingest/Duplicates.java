package org.entente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.core.Document;
import org.entente.core.Duplicate;

/**
 * Finds articles that repeat one seen before, exactly or nearly (a wire story reposted with another
 * headline, a "Source: …" line, typographic quotes, a paragraph added or dropped), so that it can be
 * stored once and linked to its copies.
 *
 * <p>Only the body ({@link Document#text()}) is compared: a copy under another headline is still a
 * copy. The body is first <em>normalised</em> ({@link #words}): compatibility-decomposed (NFKD) with
 * accents dropped, case-folded, apostrophes and invisible format characters removed, and every other
 * run of punctuation, symbols and white space made one word break. Typographic quotes, dashes,
 * ligatures and non-breaking spaces therefore make no difference.
 *
 * <ul>
 *   <li><b>Exact copies</b>: the normalised words joined by single spaces are hashed with SHA-256, of
 *       which the first 64 bits are kept. Equal hashes mean the same normalised text
 *       ({@code exact = true}, similarity 1.0); the chance of two different texts sharing a hash is
 *       about n²/2⁶⁵ for n originals (3·10⁻⁸ for a million).</li>
 *   <li><b>Near copies</b>: the word 5-shingles (each run of {@value #SHINGLE} consecutive normalised
 *       words) are hashed to 64 bits, and a MinHash signature of {@value #HASHES} values is taken
 *       (hash functions from a fixed seed, so signatures and similarities are the same in every run
 *       and JVM). Locality-sensitive hashing with {@value #BANDS} bands of {@value #ROWS} rows finds
 *       the candidates: two documents become candidates when all four values of any one band agree.
 *       With Jaccard similarity J the chance of that is 1 − (1 − J⁴)³²: 0.99999995 at J = 0.8,
 *       0.9998 at J = 0.7, 0.87 at J = 0.5, and 0.05 at J = 0.2, so a copy at the default threshold
 *       is practically never missed at this stage, and the unrelated candidates cost one comparison
 *       of two signatures each. Each candidate's Jaccard similarity is estimated as the share of the
 *       {@value #HASHES} signature positions that agree (standard error √(J(1−J)/128), 0.035 at
 *       J = 0.8), and the document is a near copy of the most similar candidate at or above the
 *       threshold (the earliest on a tie). The estimate is used rather than the exact Jaccard of the
 *       shingle sets because keeping those sets would cost about 8 bytes per word of every article,
 *       8 to 10 times the memory of the signature.</li>
 *   <li><b>Short documents</b>, with fewer than {@value #MIN_SHINGLES} shingles (fewer than 12
 *       words), only ever match exactly: a few shingles say too little, one changed word alters
 *       most of them. A body with no words at all is never a duplicate and is not remembered.</li>
 * </ul>
 *
 * <p>Only <em>originals</em> (documents for which {@link #check} returned empty) are remembered; a
 * copy is compared with the originals only, so every {@link Duplicate#original()} names a document
 * that was itself new, and copies never chain (a third copy links to the first document, not to the
 * second). No text is kept. Memory per original is 1 to 1.5 KB plus its id string (about 1.5 KB
 * measured over 9,000 originals, ids included): the signature (128 ints, 528 bytes with the array
 * header), one chain link per band (128 bytes, up to twice that while the array has room to grow),
 * one slot per band in the band buckets (4 bytes at a load of 1/4 to 1/2: 256 to 512 bytes), and
 * the exact-hash table (24 to 48 bytes). A short original has no signature and no bucket slots.
 *
 * <p>Thread-safe: the text work runs in the calling thread and the index is updated under a lock.
 * "First" means first to reach the lock; the pipeline calls {@link #check} from one thread in input
 * order, which makes the result reproducible.
 */
public final class Duplicates {
  /** Default least estimated Jaccard similarity for a near copy. */
  public static final double DEFAULT_THRESHOLD = 0.8;
  /** Words per shingle. */
  public static final int SHINGLE = 5;
  /** MinHash values per signature. */
  public static final int HASHES = 128;
  /** LSH bands; {@code BANDS * ROWS == HASHES}. */
  public static final int BANDS = 32;
  /** Signature values per band. */
  public static final int ROWS = 4;
  /** Fewest shingles for a document to be compared nearly rather than only exactly. */
  public static final int MIN_SHINGLES = 8;

  /** Multipliers (odd) and addends of the MinHash functions {@code h(x) = (a·x + b) >>> 32}. */
  private static final long[] A = new long[HASHES];
  private static final long[] B = new long[HASHES];

  static {
    long s = 0x456E74656E7465L; // "Entente": fixed, so signatures never change between runs
    for (int i = 0; i < HASHES; i++) {
      s += 0x9E3779B97F4A7C15L;
      A[i] = mix(s) | 1L;
      s += 0x9E3779B97F4A7C15L;
      B[i] = mix(s);
    }
  }

  private final double threshold;
  /** Matching signature positions needed: the least m with m / HASHES >= threshold. */
  private final int minAgree;

  // ---- the index, guarded by this ----
  /** Original ids, by original number. */
  private final List<String> ids = new ArrayList<>();
  /** Signatures by original number; null for short documents. */
  private final List<int[]> signatures = new ArrayList<>();
  /** {@code next[n * BANDS + b]}: number + 1 of the next older original in n's bucket of band b, 0 at the end. */
  private int[] next = new int[64 * BANDS];
  /** Per band, open addressing: number + 1 of the newest original in a bucket, 0 for a free slot. */
  private final int[][] buckets = new int[BANDS][];
  private final int[] bucketCount = new int[BANDS];
  /** Exact hashes, open addressing: keys and number + 1 (0 for a free slot). */
  private long[] exactKeys = new long[64];
  private int[] exactValues = new int[64];

  /** A detector with the default threshold, {@value #DEFAULT_THRESHOLD}. */
  public Duplicates() {
    this(DEFAULT_THRESHOLD);
  }

  /**
   * @param threshold least estimated Jaccard similarity of the word shingles for a near copy, in
   *                  (0, 1]; 1 finds only copies whose shingles all agree
   */
  public Duplicates(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.minAgree = (int) Math.ceil(threshold * HASHES - 1e-9);
    for (int b = 0; b < BANDS; b++) buckets[b] = new int[64];
  }

  public double threshold() {
    return threshold;
  }

  /** How many originals are remembered. */
  public synchronized int size() {
    return ids.size();
  }

  /**
   * Compares a document's body with every original checked before.
   *
   * @return empty when the document is new (it is then remembered as an original), otherwise the
   *     duplicate link to the original it copies: the exact copy if there is one, else the most
   *     similar near copy at or above the threshold
   */
  public Optional<Duplicate> check(Document d) {
    Objects.requireNonNull(d, "document");
    List<String> words = words(d.text());
    if (words.isEmpty()) return Optional.empty();
    long exact = exactHash(words);
    int[] sig = words.size() - SHINGLE + 1 >= MIN_SHINGLES ? signature(words) : null;
    synchronized (this) {
      int e = exactFind(exact);
      if (e >= 0) return Optional.of(new Duplicate(d.id(), ids.get(e), 1.0, true));
      if (sig != null) {
        int best = -1;
        int bestAgree = minAgree - 1;
        for (int c : candidates(sig)) {
          int agree = agreement(sig, signatures.get(c));
          if (agree > bestAgree) {
            best = c;
            bestAgree = agree;
          }
        }
        if (best >= 0) {
          return Optional.of(new Duplicate(d.id(), ids.get(best), (double) bestAgree / HASHES, false));
        }
      }
      add(d.id(), exact, sig);
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- text

  /**
   * The normalised words of a text: NFKD with combining marks dropped, case-folded; apostrophes and
   * format characters (soft hyphens, zero-width spaces) are removed, and any other character that is
   * not a letter or digit separates words.
   */
  static List<String> words(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
    List<String> out = new ArrayList<>(s.length() / 6 + 1);
    StringBuilder w = new StringBuilder(24);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT || isApostrophe(cp)) {
        continue;
      }
      if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) out.add(w.toString());
    return out;
  }

  /** The normalised text compared for exact copies: {@link #words} joined by single spaces. */
  static String normalise(String text) {
    return String.join(" ", words(text));
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '`' || cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x02BC
        || cp == 0x2032 || cp == 0xFF07;
  }

  private static long exactHash(List<String> words) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    byte[] h = md.digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
    return v;
  }

  /** 64-bit hashes of the word {@value #SHINGLE}-shingles, in text order (fewer words: none). */
  static long[] shingles(List<String> words) {
    int n = words.size() - SHINGLE + 1;
    if (n <= 0) return new long[0];
    long[] wh = new long[words.size()];
    for (int i = 0; i < wh.length; i++) wh[i] = wordHash(words.get(i));
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x5348494E474C45L; // "SHINGLE"
      for (int k = 0; k < SHINGLE; k++) h = mix(h ^ wh[i + k]);
      out[i] = h;
    }
    return out;
  }

  /** FNV-1a over the UTF-16 units, then mixed: fixed arithmetic, so the same value in every JVM. */
  private static long wordHash(String w) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < w.length(); i++) {
      h ^= w.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** The MinHash signature of a text's words: per hash function, the least value over the shingles. */
  static int[] signature(List<String> words) {
    long[] sh = shingles(words);
    long[] min = new long[HASHES];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long x : sh) {
      for (int i = 0; i < HASHES; i++) {
        long v = (A[i] * x + B[i]) >>> 32;
        if (v < min[i]) min[i] = v;
      }
    }
    int[] sig = new int[HASHES];
    for (int i = 0; i < HASHES; i++) sig[i] = (int) min[i];
    return sig;
  }

  /** How many positions of two signatures agree. */
  static int agreement(int[] a, int[] b) {
    int n = 0;
    for (int i = 0; i < HASHES; i++) if (a[i] == b[i]) n++;
    return n;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // ---------------------------------------------------------------- index (callers hold the lock)

  private static int bandHash(int[] sig, int band) {
    int o = band * ROWS;
    long h = band;
    for (int r = 0; r < ROWS; r++) h = mix(h ^ (sig[o + r] & 0xFFFFFFFFL) ^ ((long) r << 32));
    return (int) h ^ (int) (h >>> 32);
  }

  private static boolean sameBand(int[] a, int[] b, int band) {
    int o = band * ROWS;
    for (int r = 0; r < ROWS; r++) if (a[o + r] != b[o + r]) return false;
    return true;
  }

  /** Slot of the band's bucket for this signature: the one holding it, or the free one where it goes. */
  private int bucketSlot(int[] table, int[] sig, int band) {
    int mask = table.length - 1;
    int i = bandHash(sig, band) & mask;
    while (table[i] != 0 && !sameBand(signatures.get(table[i] - 1), sig, band)) i = (i + 1) & mask;
    return i;
  }

  /** Original numbers sharing at least one band with the signature, ascending, each once. */
  private int[] candidates(int[] sig) {
    int[] out = new int[16];
    int n = 0;
    for (int b = 0; b < BANDS; b++) {
      int[] table = buckets[b];
      for (int c = table[bucketSlot(table, sig, b)]; c != 0; c = next[(c - 1) * BANDS + b]) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = c - 1;
      }
    }
    Arrays.sort(out, 0, n);
    int u = 0;
    for (int i = 0; i < n; i++) if (u == 0 || out[u - 1] != out[i]) out[u++] = out[i];
    return Arrays.copyOf(out, u);
  }

  private void add(String id, long exact, int[] sig) {
    int num = ids.size();
    ids.add(id);
    signatures.add(sig);
    exactPut(exact, num);
    if (sig == null) return;
    if ((num + 1) * BANDS > next.length) next = Arrays.copyOf(next, Math.max(next.length * 2, (num + 1) * BANDS));
    for (int b = 0; b < BANDS; b++) {
      if ((bucketCount[b] + 1) * 2 > buckets[b].length) rehash(b);
      int[] table = buckets[b];
      int slot = bucketSlot(table, sig, b);
      if (table[slot] == 0) bucketCount[b]++;
      next[num * BANDS + b] = table[slot];
      table[slot] = num + 1;
    }
  }

  private void rehash(int band) {
    int[] old = buckets[band];
    int[] table = new int[old.length * 2];
    int mask = table.length - 1;
    for (int head : old) {
      if (head == 0) continue;
      int i = bandHash(signatures.get(head - 1), band) & mask;
      while (table[i] != 0) i = (i + 1) & mask;
      table[i] = head;
    }
    buckets[band] = table;
  }

  private int exactFind(long key) {
    int mask = exactKeys.length - 1;
    for (int i = (int) mix(key) & mask; exactValues[i] != 0; i = (i + 1) & mask) {
      if (exactKeys[i] == key) return exactValues[i] - 1;
    }
    return -1;
  }

  private void exactPut(long key, int num) {
    if ((ids.size() + 1) * 2 > exactKeys.length) {
      long[] oldKeys = exactKeys;
      int[] oldValues = exactValues;
      exactKeys = new long[oldKeys.length * 2];
      exactValues = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) if (oldValues[i] != 0) exactInsert(oldKeys[i], oldValues[i]);
    }
    exactInsert(key, num + 1);
  }

  private void exactInsert(long key, int value) {
    int mask = exactKeys.length - 1;
    int i = (int) mix(key) & mask;
    while (exactValues[i] != 0) i = (i + 1) & mask;
    exactKeys[i] = key;
    exactValues[i] = value;
  }
}
