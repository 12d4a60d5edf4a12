package org.entente.analysis.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made gold and system files with numbers worked out by hand (and checked against score.py). */
class GoldScorerTest {
  @TempDir Path dir;

  private static final String GOLD_A = """
      {"doc":"a.txt","sent":"The \u201cForeign Minister\u201d  met\\t his [counterpart](#) in Oslo on Monday.","source":"RUSGOV","target":"NOR","cameo":"040","status":"actual","date":"2023-03-06"}
      {"doc":"a.txt","sent":"Officials said the two ministers signed a trade accord in Lima.","source":"PER","target":"CHL","cameo":"057","date":"2023-03"}

      {"doc":"a.txt","sent":"Officials said the two ministers signed a trade accord in Lima.","source":"PER","target":"CHL","cameo":"057"}
      {"doc":"a.txt","sent":"Talks failed.","source":"ARM","target":"AZE","cameo":"111","status":"negated"}
      {"doc":"b.txt","none":true}
      """;

  private static final String SYSTEM_A = """
      {"doc":"a.txt","sentence":"the \\"foreign minister\\" met his counterpart in oslo on monday.","source":"rus","target":"NORGOV","code":"042","date":"2023-03-06"}
      {"doc":"a.txt","sentence":"the two ministers signed a trade accord in Lima","source":"PERGOV","target":"CHLGOV","cameo":"0571","status":"hypothetical","date":"2024"}
      {"doc":"a.txt","sentence":"Talks failed. Both sides walked out.","source":"ARM","target":"AZE","cameo":"111"}
      {"doc":"b.txt","sentence":"Nothing happened here at all, really.","source":"USA","target":"CAN","cameo":"010"}
      {"doc":"c.txt","sentence":"Unscored document sentence goes here.","source":"USA","target":"MEX","cameo":"010"}
      """;

  private static final String GOLD_B = """
      {"doc":"d1","sent":"The summit opened in Vienna with a handshake between leaders.","source":"USA","target":"RUS","cameo":"043","background":false}
      {"doc":"d1","sent":"The summit opened in Vienna with a handshake between leaders.","source":"RUS","target":"USA","cameo":"043","background":false}
      {"doc":"d1","sent":"Since the 2019 talks in Geneva, relations have cooled.","source":"USA","target":"RUS","cameo":"040","background":true}
      """;

  private static final String SYSTEM_B = """
      {"doc":"d1","sent":"The summit opened in Vienna with a handshake between leaders.","source":"USA","target":"RUS","cameo":"043"}
      {"doc":"d1","sent":"Since the 2019 talks in Geneva, relations have cooled.","source":"USA","target":"RUS","cameo":"040","background":"true"}
      {"doc":"d1","sent":"Since the 2019 talks in Geneva, relations have cooled.","source":"RUS","target":"USA","cameo":"040","background":true}
      """;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private ScoreReport score(String gold, String system, ScoreOptions o) throws IOException {
    return GoldScorer.score(file("gold.jsonl", gold), file("system.jsonl", system), o);
  }

  @Test
  void normalisationContainmentOneToOneAndNoneDocuments() throws IOException {
    ScoreReport r = score(GOLD_A, SYSTEM_A, ScoreOptions.defaults());
    // g1 matches s1 after NFKC/quotes/markdown/whitespace/case folding and RUSGOV~rus, 040~042;
    // g2 matches s2 by containment; g3 (a duplicate of g2) finds no unused system event;
    // "Talks failed." is too short to be contained; the b.txt event counts against precision;
    // c.txt is not in the gold and is not scored.
    assertEquals(4, r.goldCount());
    assertEquals(3, r.goldActualCount());
    assertEquals(4, r.systemCount());
    assertEquals(2, r.matched());
    assertEquals(0.5, r.precision());
    assertEquals(0.5, r.recall());
    assertEquals(0.5, r.f1());
    assertEquals(2, r.actualMatched());
    assertEquals(2.0 / 3, r.actualRecall());
    assertEquals(1, r.statusAgree());
    assertEquals(2, r.datedMatches());
    assertEquals(1, r.dateAgree());
    assertFalse(r.goldHasBackground());
    assertEquals(3, r.docMatched());
    assertEquals(0.75, r.docF1());
    assertEquals("""
        gold events 4 (3 actual), system events 4, matched 2
        recall on actual gold events: 0.667
        status agreement on matches: 1/2
        date agreement on dated matches: 1/2
        document-level dyad+root: P=0.750 R=0.750 F1=0.750
        events: P=0.500 R=0.500 F1=0.500
        """, r.render());
  }

  @Test
  void byRootAndMissListing() throws IOException {
    ScoreReport r = score(GOLD_A, SYSTEM_A, new ScoreOptions(false, true, 5));
    assertEquals("""
        gold events 4 (3 actual), system events 4, matched 2
        recall on actual gold events: 0.667
        status agreement on matches: 1/2
        date agreement on dated matches: 1/2
        document-level dyad+root: P=0.750 R=0.750 F1=0.750
          root 01: gold   0 system   1 matched   0
          root 04: gold   1 system   1 matched   1
          root 05: gold   2 system   1 matched   1
          root 11: gold   1 system   1 matched   0
        missed (gold not found):
          a.txt PER->CHL 05 | Officials said the two ministers signed a trade accord in Lima.
          a.txt ARM->AZE 11 | Talks failed.
        extra (system, not in gold):
          a.txt ARM->AZE 11 | Talks failed. Both sides walked out.
          b.txt USA->CAN 01 | Nothing happened here at all, really.
        events: P=0.500 R=0.500 F1=0.500
        """, r.render());
    // a negative count drops from the end, as Python's list[:-1] does
    ScoreReport cut = score(GOLD_A, SYSTEM_A, new ScoreOptions(false, false, -1));
    assertEquals(1, cut.missed().size());
    assertEquals("Talks failed. Both sides walked out.", cut.extra().get(0).text());
  }

  @Test
  void backgroundAgreementAndMainOnly() throws IOException {
    ScoreReport all = score(GOLD_B, SYSTEM_B, ScoreOptions.defaults());
    assertEquals(2, all.matched());
    assertTrue(all.goldHasBackground());
    assertEquals(1, all.backgroundAgree());   // "true" as a string is not background
    assertEquals(3, all.docMatched());        // document level ignores which sentence
    assertEquals("""
        gold events 3 (3 actual), system events 3, matched 2
        recall on actual gold events: 0.667
        status agreement on matches: 2/2
        background agreement on matches: 1/2
        document-level dyad+root: P=1.000 R=1.000 F1=1.000
        events: P=0.667 R=0.667 F1=0.667
        """, all.render());

    ScoreReport main = score(GOLD_B, SYSTEM_B, new ScoreOptions(true, false, 0));
    assertEquals(2, main.goldCount());
    assertEquals(2, main.systemCount());
    assertEquals(1, main.matched());
    assertEquals("""
        gold events 2 (2 actual), system events 2, matched 1
        recall on actual gold events: 0.500
        status agreement on matches: 1/1
        document-level dyad+root: P=0.500 R=0.500 F1=0.500
        events: P=0.500 R=0.500 F1=0.500
        """, main.render());
  }

  @Test
  void pythonStrOfMissingAndNonStringFields() throws IOException {
    // No doc on either side: both are in document "None" (Python's str(None)); a number doc 7
    // is the document "7"; a numeric date 2022 is the prefix "2022".
    String gold = """
        {"sent":"A long enough sentence about a ceasefire deal.","source":"ISR","target":"PSE","cameo":"0861"}
        {"doc":7,"sent":"Troops crossed the border before dawn on Friday.","source":"ABC","target":null,"cameo":"190","date":2022}
        """;
    String system = """
        {"doc":null,"sentence":"a long enough sentence about a ceasefire deal.","source":"ISRMIL","target":"PSE","cameo":"086"}
        {"doc":"7","sentence":"Troops crossed the border before dawn on Friday.","source":"abcd","cameo":"195","date":"2022-02-04"}
        """;
    ScoreReport r = score(gold, system, ScoreOptions.defaults());
    assertEquals(2, r.matched());
    assertEquals(1, r.dateAgree());
    assertEquals("events: P=1.000 R=1.000 F1=1.000", r.summaryLine());
  }

  @Test
  void emptySystemAndMatchedNothing() throws IOException {
    ScoreReport r = score(GOLD_A, "\n", ScoreOptions.defaults());
    assertEquals("""
        gold events 4 (3 actual), system events 0, matched 0
        recall on actual gold events: 0.000
        document-level dyad+root: P=0.000 R=0.000 F1=0.000
        events: P=0.000 R=0.000 F1=0.000
        """, r.render());
  }

  @Test
  void malformedLineNamesFileAndLine() throws IOException {
    Path gold = file("gold.jsonl", GOLD_A);
    Path bad = file("bad.jsonl", "{\"doc\":\"a.txt\"}\r\n\r\n{\"doc\": \"a.txt\", oops}\n");
    ScoreInputException e = assertThrows(ScoreInputException.class,
        () -> GoldScorer.score(gold, bad, ScoreOptions.defaults()));
    assertTrue(e.getMessage().startsWith(bad + ":3: not JSON"), e.getMessage());
    assertEquals(3, e.line());

    Path array = file("array.jsonl", "[1, 2]\n");
    e = assertThrows(ScoreInputException.class,
        () -> GoldScorer.score(array, gold, ScoreOptions.defaults()));
    assertTrue(e.getMessage().startsWith(array + ":1: "), e.getMessage());

    Path trailing = file("trailing.jsonl", "{\"doc\":\"a\"} {}\n");
    e = assertThrows(ScoreInputException.class,
        () -> GoldScorer.score(gold, trailing, ScoreOptions.defaults()));
    assertTrue(e.getMessage().startsWith(trailing + ":1: not JSON"), e.getMessage());
  }

  @Test
  void sentenceRule() {
    assertTrue(GoldScorer.sameSentence("talks failed.", "talks failed."));
    assertFalse(GoldScorer.sameSentence("talks failed.", "talks failed. both sides left."));
    assertTrue(GoldScorer.sameSentence("exactly twenty-one ch", "so exactly twenty-one chars"));
    assertFalse(GoldScorer.sameSentence("exactly twenty chars", "so exactly twenty chars"));
  }
}
