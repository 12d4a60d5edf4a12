package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Head, tail and date of pages pasted as text; every article here was written for these tests. */
class PastedPageTest {
  static final String PARA_1 = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss fishing "
      + "rights along their maritime border, officials from both sides said after the talks.";
  static final String PARA_2 = "They agreed to set up a joint commission that will report within six months, and said "
      + "that a second round of talks would be held in Santiago before the end of the year.";

  @Test void headlineBylineAndDatelineWithOutlet() {
    String page = "Subscribe to our weekly briefing\n\nChile and Peru Agree to Talks on Fishing\n\nBy Ana Example & "
        + "Li Sample\n\nHarbour Weekly, May 3, 2022\n\n" + PARA_1 + "\n\n" + PARA_2 + "\n\nShare this\n";
    PastedPage.Parts p = PastedPage.read(page);
    assertEquals("Chile and Peru Agree to Talks on Fishing", p.title());
    assertEquals("Ana Example & Li Sample", p.author());
    assertEquals("Harbour Weekly", p.outlet());
    assertEquals(LocalDate.of(2022, 5, 3), p.published());
    assertTrue(p.sources().get("published").startsWith("dateline 'Harbour Weekly, May 3, 2022'"));
    assertTrue(p.sources().get("author").startsWith("byline"));
    assertEquals(PARA_1 + "\n\n" + PARA_2, p.text().strip());
  }

  @Test void outletFromSourceAndCopyrightLinesAndBiographiesDropped() {
    String page = "Envoys Meet in Lima\n\n" + PARA_1 + "\n\n" + PARA_2 + "\n\n"
        + "– Ana Example is a journalist and the editor of a weekly review of Andean affairs.\n\n"
        + "Her New Book\n\n© 2022 Sample Wire Ltd\n";
    PastedPage.Parts p = PastedPage.read(page);
    assertEquals("Sample Wire", p.outlet());
    assertTrue(p.sources().get("outlet").contains("© 2022 Sample Wire Ltd"));
    assertFalse(p.text().contains("Ana Example is"), p.text());
    assertTrue(p.text().strip().endsWith(PARA_2), p.text());
    PastedPage.Parts q = PastedPage.read("Envoys Meet in Lima\n\n" + PARA_1 + "\n\nSource: The Andes Review\n");
    assertEquals("The Andes Review", q.outlet());
  }

  @Test void everyExampleInTheRulesFileMatchesItsRule() {
    for (PastedPage.Rule rule : PastedPage.rules()) {
      assertTrue(rule.pattern().matcher(rule.example().strip()).find(), "rule does not match its example: " + rule);
    }
  }

  @Test void captionsWithCreditsAreNotTheBody() {
    String text = "Two ministers shake hands in Lima. (Photo: Sample Agency)\n\n" + PARA_1 + "\n";
    assertEquals(PARA_1, PastedPage.body(text));
    assertEquals(PARA_1, PastedPage.body("Ministers in Lima. (Ana Example/Sample Agency/Wire)\n" + PARA_1));
  }

  @Test void aShortSentenceAloneIsTextNotAHeadline() {
    PastedPage.Parts p = PastedPage.read("Peru recalled its ambassador.\n");
    assertNull(p.title());
    assertEquals("Peru recalled its ambassador.\n", p.text());
  }

  @Test void datesEstimatedFromTheTextSayWhy() {
    // "yesterday" after a dated caption: the next day
    Optional<PublicationDates.Estimate> e = PublicationDates.estimate(
        "Ministers met in Lima. (Lima, March 14, 2023)\nIn remarks yesterday, the minister praised the talks.");
    assertEquals("2023-03-15", e.orElseThrow().iso());
    assertTrue(e.get().evidence().contains("yesterday"));
    // yearless dates placed around a dated reference; no word fixes the day, so only the month
    e = PublicationDates.estimate("The accord of September 2021 was followed by talks on November 16 and a new "
        + "customs regime that took effect on January 1.");
    assertEquals("2022-01", e.orElseThrow().iso());
    // a copyright year and a weekday named after the latest date
    e = PublicationDates.estimate("The vote on Jan. 25 passed. The leaders meet Thursday in Lima.\n© 2023 Sample Wire");
    assertEquals("2023-01-26", e.orElseThrow().iso());
    // ranges are schedules, not news
    e = PublicationDates.estimate("Talks held on March 3, 2022 prepared the games of 4-20 February.");
    assertEquals("2022-03", e.orElseThrow().iso());
    assertEquals(Optional.empty(), PublicationDates.estimate("No dates at all, only on Friday."));
  }
}
