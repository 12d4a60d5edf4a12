package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.junit.jupiter.api.Test;

/** All articles here are invented for these tests. */
class DuplicatesTest {
  private static final String P1 = "The foreign ministers of Veldoria and the Republic of Amaran agreed on Tuesday to reopen"
      + " the Seneth border crossing, which has been closed to traffic for almost two years, after a day of talks"
      + " hosted by the Coastal States Council in the port city of Lirren.";
  private static final String P2 = "Veldorian Foreign Minister Ilse Markov told reporters after the meeting that the first"
      + " lorries carrying grain and medical supplies would pass through the crossing within three weeks. \"We have"
      + " chosen trade over suspicion,\" she said, adding that customs officers from both countries would work side by"
      + " side at a joint checkpoint.";
  private static final String P3 = "Her Amaranian counterpart, Dario Fenn, described the agreement as a modest but"
      + " necessary step. He said his government would withdraw the additional border police units it deployed last"
      + " spring once the checkpoint was running, but warned that any smuggling of weapons across the frontier would"
      + " lead to an immediate closure.";
  private static final String P4 = "The crossing was shut after a dispute over fishing rights in the Gulf of Tarsen"
      + " escalated into the expulsion of diplomats from both capitals. Trade between the two neighbours fell by more"
      + " than half in the months that followed, and farmers on both sides of the border complained of lost markets.";
  private static final String P5 = "The council's secretary general, Anouk Berrel, praised both delegations for what she"
      + " called their patience and said the council would send observers to the opening ceremony.";
  private static final String P6 = "Analysts in Lirren cautioned that the deal leaves the underlying quarrel over the"
      + " fishing grounds unresolved. A working group of legal experts is due to meet next month to draft proposals on a"
      + " shared fishing zone, and both ministers said they hoped to sign a wider treaty before the end of the year.";
  private static final String P7 = "Opposition lawmakers in Veldoria criticised the agreement, arguing that the"
      + " government had accepted the reopening without securing compensation for the fishing crews whose boats were"
      + " seized during the dispute.";

  /** The original wire story, about 300 words. */
  private static final String STORY = String.join("\n\n", P1, P2, P3, P4, P5, P6, P7) + "\n";

  /**
   * The same story reposted: a source line on top, curly quotes and an en dash, one paragraph dropped,
   * other line breaks, and a syndication line at the bottom.
   */
  private static final String REPOST = "Source: Northbridge Wire\n\n"
      + P1.replace("two years,", "two years \u2013") + "\n"
      + P2.replace("\"We", "\u201CWe").replace("suspicion,\"", "suspicion,\u201D") + "\n\n"
      + P3.replace("Fenn,", "Fenn \u2014") + "\n\n"
      + P4 + "\n\n\n"
      + P6 + "\n\n"
      + P7.replace("  ", " ") + "\n\n"
      + "Distributed by Meridian Syndication. All rights reserved.";

  /** Another outlet's own report of the same talks: same names, a shared quote, other words. */
  private static final String OTHER_REPORT = """
      Lorries will soon roll again through the Seneth crossing between Veldoria and the Republic of Amaran, \
      the two governments announced on Tuesday, ending a closure that has cost border towns dearly.

      The agreement was reached in Lirren at talks arranged by the Coastal States Council. Ilse Markov, the \
      Veldorian foreign minister, said the decision showed that "We have chosen trade over suspicion," a phrase \
      her officials repeated throughout the day.

      Dario Fenn, speaking for Amaran, was more guarded. He told a news conference that his country expected \
      Veldoria to crack down on smugglers and that the border police units sent last spring would stay until the \
      joint checkpoint proved itself.

      In Harrow, a market town a few kilometres from the frontier, traders welcomed the news. Shopkeepers said the \
      closure had emptied their streets, and a cooperative of apple growers reported losing its largest buyers \
      across the border.

      The dispute began with a quarrel over fishing rights in the Gulf of Tarsen. Diplomats were expelled from \
      both capitals, and the crossing was closed days later. Neither minister would say when talks on the fishing \
      grounds would resume, though a council official suggested a working group could meet next month.

      Observers from the council are expected to attend the reopening, which officials said could come within \
      three weeks if customs staff are trained in time.
      """;

  /** An unrelated story. */
  private static final String SUMMIT = """
      Leaders of the five Coastal States Council members will gather in Port Absalom next week for a summit on \
      shipping lanes, the council's secretariat said on Friday. The meeting, the first at that level in three \
      years, is expected to focus on a proposal to share the cost of dredging the northern channel, which has \
      silted up since a series of winter storms.

      Diplomats preparing the summit said a draft communique already commits the members to a common register of \
      vessels and to joint patrols against illegal dumping. Two members are said to object to a clause that would \
      let the council fine shipping companies directly, arguing that it would give the secretariat powers that \
      belong to national courts.

      The host government has promised to open the harbour's new passenger terminal to coincide with the summit.
      """;

  private static Document doc(String id, String text) {
    return new Document(id, text, null, null, null, null, null, id);
  }

  private static Document doc(String id, String title, String text) {
    return new Document(id, text, title, null, null, null, null, id);
  }

  private static double exactJaccard(String a, String b) {
    Set<Long> x = new HashSet<>();
    for (long h : Duplicates.shingles(Duplicates.words(a))) x.add(h);
    Set<Long> y = new HashSet<>();
    for (long h : Duplicates.shingles(Duplicates.words(b))) y.add(h);
    Set<Long> both = new HashSet<>(x);
    both.retainAll(y);
    Set<Long> either = new HashSet<>(x);
    either.addAll(y);
    return (double) both.size() / either.size();
  }

  @Test void theStoriesAreArticleSized() {
    assertEquals(306, Duplicates.words(STORY).size());
    assertEquals(223, Duplicates.words(OTHER_REPORT).size());
  }

  @Test void normalisationFoldsCaseQuotesDashesAndWhitespace() {
    assertEquals("we have chosen trade over suspicion she said",
        Duplicates.normalise("\u201CWe  have chosen TRADE\u2014over suspicion,\u201D\n\tshe said."));
    assertEquals("the councils secretary general sao paulo cafe",
        Duplicates.normalise("The council\u2019s secretary-general, S\u00e3o Paulo caf\u00e9"));
    assertEquals("negotiations", Duplicates.normalise("nego\u00ADtiations"));
    assertEquals("", Duplicates.normalise(" \u2014 ... \u201C\u201D "));
  }

  @Test void aNewDocumentIsRememberedAndAnExactCopyIsLinkedToIt() {
    Duplicates dups = new Duplicates();
    assertEquals(Optional.empty(), dups.check(doc("a", STORY)));
    assertEquals(1, dups.size());
    assertEquals(Optional.of(new Duplicate("b", "a", 1.0, true)), dups.check(doc("b", STORY)));
    assertEquals(1, dups.size(), "copies are not remembered");
  }

  @Test void quotesWhitespaceCaseAndTheHeadlineDoNotMatterForAnExactCopy() {
    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("a", "Ministers agree to reopen crossing", STORY)).isEmpty());
    String variant = STORY.toUpperCase(java.util.Locale.ROOT)
        .replace("\"WE", "\u201CWE").replace("SUSPICION,\"", "SUSPICION,\u201D")
        .replace("COUNCIL'S", "COUNCIL\u2019S")
        .replace("\n\n", "\r\n   \r\n").replace(" ", "  ");
    assertFalse(variant.equals(STORY));
    assertEquals(Optional.of(new Duplicate("b", "a", 1.0, true)),
        dups.check(doc("b", "Seneth crossing to open within weeks", variant)));
  }

  @Test void aRepostWithBoilerplateAndADroppedParagraphIsANearCopy() {
    double exact = exactJaccard(STORY, REPOST);
    assertTrue(exact > 0.83 && exact < 0.88, "exact Jaccard " + exact);

    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("wire-1", "Ministers agree to reopen crossing", STORY)).isEmpty());
    Duplicate d = dups.check(doc("site-7", "Neighbours to reopen Seneth crossing", REPOST)).orElseThrow();
    assertEquals("site-7", d.doc());
    assertEquals("wire-1", d.original());
    assertFalse(d.exact());
    assertTrue(d.similarity() >= 0.8 && d.similarity() < 1.0, "similarity " + d.similarity());
    assertEquals(exact, d.similarity(), 0.08, "the estimate is close to the exact Jaccard");
    assertEquals(1, dups.size());
  }

  @Test void aRepostWithAnAddedParagraphIsANearCopy() {
    String longer = STORY + "\nThe crossing handled about four hundred lorries a day before it was closed, according"
        + " to figures published by the Veldorian transport ministry.\n";
    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("a", STORY)).isEmpty());
    Duplicate d = dups.check(doc("b", longer)).orElseThrow();
    assertEquals("a", d.original());
    assertFalse(d.exact());
    assertTrue(d.similarity() >= 0.85 && d.similarity() < 1.0, "similarity " + d.similarity());
  }

  @Test void twoArticlesOnTheSameTalksAreNotDuplicates() {
    double exact = exactJaccard(STORY, OTHER_REPORT);
    assertTrue(exact > 0 && exact < 0.05, "they share a quote and names, little else: " + exact);
    int agree = Duplicates.agreement(Duplicates.signature(Duplicates.words(STORY)),
        Duplicates.signature(Duplicates.words(OTHER_REPORT)));
    assertTrue(agree < 20, "signature agreement " + agree);

    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("wire", STORY)).isEmpty());
    assertTrue(dups.check(doc("paper", OTHER_REPORT)).isEmpty());
    assertTrue(dups.check(doc("summit", SUMMIT)).isEmpty());
    assertEquals(3, dups.size());
    // and both are still found by their own copies
    assertEquals("paper", dups.check(doc("paper-copy", OTHER_REPORT)).orElseThrow().original());
    assertEquals("wire", dups.check(doc("site", REPOST)).orElseThrow().original());
  }

  @Test void evenALowThresholdKeepsDistinctArticlesApart() {
    Duplicates dups = new Duplicates(0.3);
    assertTrue(dups.check(doc("wire", STORY)).isEmpty());
    assertTrue(dups.check(doc("paper", OTHER_REPORT)).isEmpty());
  }

  @Test void theThresholdIsConfigurable() {
    Duplicates strict = new Duplicates(0.95);
    assertEquals(0.95, strict.threshold());
    assertTrue(strict.check(doc("a", STORY)).isEmpty());
    assertTrue(strict.check(doc("b", REPOST)).isEmpty(), "a repost at about 0.85 is below 0.95");
    assertEquals(Optional.of(new Duplicate("c", "a", 1.0, true)), strict.check(doc("c", STORY)));

    assertThrows(IllegalArgumentException.class, () -> new Duplicates(0));
    assertThrows(IllegalArgumentException.class, () -> new Duplicates(1.5));
    assertThrows(IllegalArgumentException.class, () -> new Duplicates(Double.NaN));
    assertEquals(Duplicates.DEFAULT_THRESHOLD, new Duplicates().threshold());
  }

  @Test void shortTextsOnlyMatchExactly() {
    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("s1", "Talks resume on Monday in Lirren.")).isEmpty());
    assertEquals(Optional.of(new Duplicate("s2", "s1", 1.0, true)),
        dups.check(doc("s2", "TALKS resume on monday \u2014 in Lirren!")));
    assertTrue(dups.check(doc("s3", "Talks resume on Tuesday in Lirren.")).isEmpty());

    // 11 words make 7 shingles: too few to compare nearly, even though one added word leaves 7 of 8 in common
    String eleven = "The council will meet again in Lirren on the first Monday";
    assertEquals(11, Duplicates.words(eleven).size());
    assertTrue(dups.check(doc("s4", eleven)).isEmpty());
    assertTrue(dups.check(doc("s5", eleven + " morning")).isEmpty());
    // from 8 shingles on, texts are compared nearly: s6 has 8 of its 9 shingles in common with s5
    Duplicate s6 = dups.check(doc("s6", eleven + " morning again")).orElseThrow();
    assertEquals("s5", s6.original());
    assertFalse(s6.exact());
    assertEquals(Optional.of(new Duplicate("s7", "s4", 1.0, true)), dups.check(doc("s7", eleven + ".")));
    assertEquals(4, dups.size(), "s1, s3, s4 and s5");
  }

  @Test void aBodyWithoutWordsIsNeverADuplicate() {
    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("x", " \u2014 * * * \u2014 ")).isEmpty());
    assertTrue(dups.check(doc("y", " \u2014 * * * \u2014 ")).isEmpty());
    assertEquals(0, dups.size());
  }

  @Test void theFirstSeenIsTheOriginalAndLaterCopiesLinkToIt() {
    Duplicates dups = new Duplicates();
    assertTrue(dups.check(doc("first", STORY)).isEmpty());
    Duplicate second = dups.check(doc("second", REPOST)).orElseThrow();
    assertEquals("first", second.original());
    // a third document exactly like the second links to the first, at the second's similarity
    Duplicate third = dups.check(doc("third", REPOST)).orElseThrow();
    assertEquals(new Duplicate("third", "first", second.similarity(), false), third);
    // and an exact copy of the first is exact
    assertEquals(new Duplicate("fourth", "first", 1.0, true), dups.check(doc("fourth", STORY)).orElseThrow());
    assertEquals(1, dups.size());

    // in the other order the repost is the original
    Duplicates reversed = new Duplicates();
    assertTrue(reversed.check(doc("second", REPOST)).isEmpty());
    assertEquals(new Duplicate("first", "second", second.similarity(), false),
        reversed.check(doc("first", STORY)).orElseThrow());
  }

  @Test void aCopyLinksToTheMostSimilarOriginalNotJustTheEarliest() {
    String x = String.join("\n\n", P1, P2, P3);
    String y = String.join("\n\n", P3, P4, P5, P6);
    String c = String.join("\n\n", P2, P3, P4, P5);
    int[] sx = Duplicates.signature(Duplicates.words(x));
    int[] sy = Duplicates.signature(Duplicates.words(y));
    int[] sc = Duplicates.signature(Duplicates.words(c));
    double threshold = 0.35;
    assertTrue(Duplicates.agreement(sx, sy) < threshold * Duplicates.HASHES, "x and y are distinct");
    int withX = Duplicates.agreement(sc, sx);
    int withY = Duplicates.agreement(sc, sy);
    assertTrue(withX >= threshold * Duplicates.HASHES && withY > withX, withX + " " + withY);

    Duplicates dups = new Duplicates(threshold);
    assertTrue(dups.check(doc("x", x)).isEmpty());
    assertTrue(dups.check(doc("y", y)).isEmpty());
    assertEquals(new Duplicate("c", "y", withY / 128.0, false), dups.check(doc("c", c)).orElseThrow());
  }

  @Test void resultsAreTheSameInEveryInstanceAndRun() {
    double[] sims = new double[2];
    for (int i = 0; i < 2; i++) {
      Duplicates dups = new Duplicates();
      dups.check(doc("a", STORY));
      sims[i] = dups.check(doc("b", REPOST)).orElseThrow().similarity();
    }
    assertEquals(sims[0], sims[1]);
    // pinned: the hash functions come from fixed seeds, so this never changes between JVMs
    assertEquals(GOLDEN_SIMILARITY, sims[0]);
    int[] sig = Duplicates.signature(Duplicates.words(STORY));
    assertArrayEquals(sig, Duplicates.signature(Duplicates.words(STORY)));
    assertEquals(GOLDEN_FIRST_MINHASH, sig[0]);
    assertEquals(Duplicates.HASHES, sig.length);
    assertEquals(Duplicates.HASHES, Duplicates.BANDS * Duplicates.ROWS);
  }

  private static final double GOLDEN_SIMILARITY = 107 / 128.0;
  private static final int GOLDEN_FIRST_MINHASH = 9034928;

  @Test void manyDistinctDocumentsStayDistinct() {
    Duplicates dups = new Duplicates();
    List<String> paragraphs = List.of(P1, P2, P3, P4, P5, P6, P7);
    int n = 0;
    // every pair of paragraphs, in story order, is its own short article; they share a paragraph at most
    for (int i = 0; i < paragraphs.size(); i++) {
      for (int j = i + 1; j < paragraphs.size(); j++) {
        Optional<Duplicate> r = dups.check(doc(i + "-" + j, paragraphs.get(i) + "\n\n" + paragraphs.get(j)));
        assertTrue(r.isEmpty(), i + "-" + j + " " + r);
        n++;
      }
    }
    assertEquals(n, dups.size());
  }
}
