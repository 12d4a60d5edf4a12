package org.entente.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Java port of the project's reference scorer {@code shared/eval/score.py}: scores coded events
 * (JSON Lines) against gold annotations and reports the same numbers, printed the same way
 * ({@link ScoreReport#render()} equals the script's standard output for the same inputs).
 *
 * <p>An event matches a gold event when both come from the same document and the same sentence
 * (NFKC, straight quotes, markdown links {@code [x](#)} unwrapped, white space folded, lower case;
 * equal, or one contains the other when the contained one is longer than 20 characters) and have
 * equal source and target states (an actor code's leading three letters, in upper case) and the
 * same CAMEO root ({@code root}, else the first two characters of {@code cameo} or {@code code}).
 * Matching is greedy and one-to-one, gold events in file order each taking the first unused
 * system event of its document that fits. Gold {@code "none": true} lines name documents without
 * events; only system events in documents the gold names are scored. Field values follow Python's
 * rules ({@code str(None)} is {@code "None"}, so events without {@code doc} fall in one document
 * called {@code None} on both sides; falsy values count as missing).
 */
public final class GoldScorer {
  private GoldScorer() {}

  /** json.loads: NaN and Infinity accepted, nothing after the value. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final TextNode ACTUAL = TextNode.valueOf("actual");
  private static final int TEXT_SHOWN = 120;

  /** One event line as score.py's {@code load} keeps it. */
  private record Ev(String doc, String sent, String src, String tgt, String root, JsonNode status,
                    JsonNode date, boolean background, JsonNode raw, String file, int line) {
    Key key() {
      return new Key(doc, src, tgt, root);
    }

    boolean sameKey(Ev o) {
      return Objects.equals(src, o.src) && Objects.equals(tgt, o.tgt) && root.equals(o.root);
    }
  }

  /** (doc, source state, target state, root); states may be null (Python's None). */
  private record Key(String doc, String src, String tgt, String root) {}

  private record Loaded(List<Ev> events, Set<String> docs) {}

  /** Scores the system file against the gold file, as {@code score.py GOLD SYSTEM [flags]} does. */
  public static ScoreReport score(Path gold, Path system, ScoreOptions options) throws IOException {
    Loaded g = load(gold.toString(), readUtf8(gold));
    Loaded s = load(system.toString(), readUtf8(system));
    return score(g, s, options);
  }

  /**
   * Scores JSON Lines held in memory; {@code goldName} and {@code systemName} only name the inputs
   * in error messages.
   */
  public static ScoreReport scoreText(String goldName, String goldText, String systemName,
                                      String systemText, ScoreOptions options)
      throws ScoreInputException {
    Loaded g = load(goldName, goldText);
    Loaded s = load(systemName, systemText);
    return score(g, s, options);
  }

  // ---------------------------------------------------------------------------------- loading

  private static String readUtf8(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
          line++;
        }
      }
      throw new ScoreInputException(path.toString(), line,
          "not UTF-8 (byte " + in.position() + ")", null);
    }
    out.flip();
    return out.toString();
  }

  /** Lines as Python's text mode reads them: {@code \n}, {@code \r\n} and {@code \r} all end one. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** score.py's {@code load}: the events of a file and every document it names. */
  private static Loaded load(String name, String text) throws ScoreInputException {
    List<Ev> events = new ArrayList<>();
    Set<String> docs = new HashSet<>();
    List<String> lines = lines(text);
    for (int n = 1; n <= lines.size(); n++) {
      String line = Py.strip(lines.get(n - 1));
      if (line.isEmpty()) {
        continue;
      }
      JsonNode e = parse(name, n, line);
      String doc = Py.str(e.get("doc"));
      docs.add(doc);
      if (Py.truthy(e.get("none"))) {
        continue;
      }
      JsonNode cameoNode = Py.or(e.get("cameo"), e.get("code"));
      String cameo = Py.truthy(cameoNode) ? Py.str(cameoNode) : "";
      JsonNode rootNode = e.get("root");
      String root = Py.truthy(rootNode) ? Py.str(rootNode) : Py.prefix(cameo, 2);
      JsonNode sentNode = Py.or(e.get("sent"), e.get("sentence"));
      String sent = Py.norm(text(name, n, "sent", sentNode));
      String src = state(name, n, "source", e.get("source"));
      String tgt = state(name, n, "target", e.get("target"));
      JsonNode status = e.has("status") ? e.get("status") : ACTUAL;
      JsonNode bg = e.get("background");
      events.add(new Ev(doc, sent, src, tgt, root, status, e.get("date"),
          bg != null && bg.isBoolean() && bg.booleanValue(), e, name, n));
    }
    return new Loaded(events, docs);
  }

  private static JsonNode parse(String name, int n, String line) throws ScoreInputException {
    if (line.charAt(0) == '\ufeff') {
      throw new ScoreInputException(name, n,
          "not JSON: Unexpected UTF-8 BOM (decode using utf-8-sig)", null);
    }
    JsonNode e;
    try {
      e = JSON.readTree(line);
    } catch (JsonProcessingException err) {
      throw new ScoreInputException(name, n, "not JSON: " + err.getOriginalMessage(), err);
    }
    if (e == null || !e.isObject()) {
      throw new ScoreInputException(name, n, "not a JSON object", null);
    }
    return e;
  }

  /** A field score.py hands to a string function: falsy means "", other non-strings fail there. */
  private static String text(String name, int n, String field, JsonNode v) throws ScoreInputException {
    if (!Py.truthy(v)) {
      return "";
    }
    if (!v.isTextual()) {
      throw new ScoreInputException(name, n, field + " must be a string, not " + Py.repr(v), null);
    }
    return v.textValue();
  }

  /** score.py's {@code state}: the first three letters upper-cased, null (None) when empty. */
  private static String state(String name, int n, String field, JsonNode code) throws ScoreInputException {
    String s = Py.prefix(text(name, n, field, code), 3).toUpperCase(Locale.ROOT);
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------------------------- scoring

  private static ScoreReport score(Loaded goldFile, Loaded systemFile, ScoreOptions o)
      throws ScoreInputException {
    List<Ev> gold = new ArrayList<>(goldFile.events());
    List<Ev> system = new ArrayList<>();
    for (Ev s : systemFile.events()) {
      if (goldFile.docs().contains(s.doc())) {   // documents the gold covers, 'none' ones too
        system.add(s);
      }
    }
    if (o.mainOnly()) {
      gold.removeIf(Ev::background);
      system.removeIf(Ev::background);
    }
    List<int[]> pairs = match(gold, system);
    double[] prf = prf(pairs.size(), system.size(), gold.size());

    List<Ev> actual = new ArrayList<>();
    for (Ev g : gold) {
      if (Py.eq(g.status(), ACTUAL)) {
        actual.add(g);
      }
    }
    int actualMatched = match(actual, system).size();
    double actualRecall = prf(actualMatched, system.size(), actual.size())[1];

    int statusOk = 0;
    int dated = 0;
    int dateOk = 0;
    int bgOk = 0;
    for (int[] p : pairs) {
      Ev g = gold.get(p[0]);
      Ev s = system.get(p[1]);
      if (Py.eq(Py.or(g.status(), ACTUAL), Py.or(s.status(), ACTUAL))) {
        statusOk++;
      }
      if (Py.truthy(g.date())) {
        dated++;
        if (Py.truthy(s.date()) && Py.str(s.date()).startsWith(Py.str(g.date()))) {
          dateOk++;
        }
      }
      if (g.background() == s.background()) {
        bgOk++;
      }
    }
    boolean goldHasBackground = gold.stream().anyMatch(Ev::background);

    Map<Key, Integer> gc = count(gold);
    Map<Key, Integer> sc = count(system);
    int docTp = 0;
    for (Map.Entry<Key, Integer> e : gc.entrySet()) {
      docTp += Math.min(e.getValue(), sc.getOrDefault(e.getKey(), 0));
    }
    double[] doc = prf(docTp, system.size(), gold.size());

    TreeSet<String> roots = new TreeSet<>(Py.CODE_POINT_ORDER);
    gold.forEach(g -> roots.add(g.root()));
    system.forEach(s -> roots.add(s.root()));
    List<ScoreReport.RootCount> byRoot = new ArrayList<>();
    for (String root : roots) {
      int g = (int) gold.stream().filter(e -> e.root().equals(root)).count();
      int s = (int) system.stream().filter(e -> e.root().equals(root)).count();
      int t = (int) pairs.stream().filter(p -> gold.get(p[0]).root().equals(root)).count();
      byRoot.add(new ScoreReport.RootCount(root, g, s, t));
    }

    List<ScoreReport.Miss> missed = new ArrayList<>();
    List<ScoreReport.Miss> extra = new ArrayList<>();
    if (o.misses() != 0) {
      boolean[] gUsed = new boolean[gold.size()];
      boolean[] sUsed = new boolean[system.size()];
      for (int[] p : pairs) {
        gUsed[p[0]] = true;
        sUsed[p[1]] = true;
      }
      List<Ev> gLeft = new ArrayList<>();
      List<Ev> sLeft = new ArrayList<>();
      for (int i = 0; i < gold.size(); i++) {
        if (!gUsed[i]) {
          gLeft.add(gold.get(i));
        }
      }
      for (int i = 0; i < system.size(); i++) {
        if (!sUsed[i]) {
          sLeft.add(system.get(i));
        }
      }
      for (Ev g : gLeft.subList(0, Py.sliceEnd(gLeft.size(), o.misses()))) {
        missed.add(miss(g, goldMissText(g)));
      }
      for (Ev s : sLeft.subList(0, Py.sliceEnd(sLeft.size(), o.misses()))) {
        JsonNode t = Py.or(s.raw().get("sent"), s.raw().get("sentence"));
        extra.add(miss(s, Py.truthy(t) ? Py.prefix(t.textValue(), TEXT_SHOWN) : ""));
      }
    }

    return new ScoreReport(o, gold.size(), actual.size(), system.size(), pairs.size(),
        prf[0], prf[1], prf[2], actualMatched, actualRecall,
        statusOk, dated, dateOk, goldHasBackground, bgOk,
        docTp, doc[0], doc[1], doc[2], byRoot, missed, extra);
  }

  /** {@code g['raw'].get('sent', '')[:120]}: only {@code sent}, never {@code sentence}. */
  private static String goldMissText(Ev g) throws ScoreInputException {
    JsonNode t = g.raw().get("sent");
    if (t == null) {
      return "";
    }
    if (t.isTextual()) {
      return Py.prefix(t.textValue(), TEXT_SHOWN);
    }
    if (t.isArray()) {
      ArrayNode cut = JSON.createArrayNode();
      for (int i = 0; i < Math.min(t.size(), TEXT_SHOWN); i++) {
        cut.add(t.get(i));
      }
      return Py.repr(cut);
    }
    throw new ScoreInputException(g.file(), g.line(),
        "sent is " + Py.repr(t) + ", which score.py cannot list as a miss", null);
  }

  private static ScoreReport.Miss miss(Ev e, String text) {
    return new ScoreReport.Miss(e.doc(), e.src(), e.tgt(), e.root(), text);
  }

  private static Map<Key, Integer> count(List<Ev> events) {
    Map<Key, Integer> c = new LinkedHashMap<>();
    for (Ev e : events) {
      c.merge(e.key(), 1, Integer::sum);
    }
    return c;
  }

  /** Greedy one-to-one matching in gold order; pairs of (gold index, system index). */
  private static List<int[]> match(List<Ev> gold, List<Ev> system) {
    Map<String, List<Integer>> byDoc = new HashMap<>();
    for (int i = 0; i < system.size(); i++) {
      byDoc.computeIfAbsent(system.get(i).doc(), k -> new ArrayList<>()).add(i);
    }
    List<int[]> pairs = new ArrayList<>();
    boolean[] used = new boolean[system.size()];
    for (int gi = 0; gi < gold.size(); gi++) {
      Ev g = gold.get(gi);
      for (int si : byDoc.getOrDefault(g.doc(), List.of())) {
        Ev s = system.get(si);
        if (!used[si] && g.sameKey(s) && sameSentence(g.sent(), s.sent())) {
          used[si] = true;
          pairs.add(new int[] {gi, si});
          break;
        }
      }
    }
    return pairs;
  }

  static boolean sameSentence(String a, String b) {
    return a.equals(b) || (Py.len(a) > 20 && b.contains(a)) || (Py.len(b) > 20 && a.contains(b));
  }

  /** Precision, recall, F1 with score.py's arithmetic (0 for empty denominators). */
  private static double[] prf(int tp, int np, int ng) {
    double p = np != 0 ? (double) tp / np : 0.0;
    double r = ng != 0 ? (double) tp / ng : 0.0;
    return new double[] {p, r, p + r != 0 ? 2 * p * r / (p + r) : 0.0};
  }
}
