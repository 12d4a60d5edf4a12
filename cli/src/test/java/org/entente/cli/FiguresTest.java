package org.entente.cli;

import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.coding.figures.FigureExtractor;
import org.entente.core.Document;
import org.entente.core.Figure;
import org.entente.ingest.DocumentReader;
import org.entente.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Figures (money, percentages, counts, ratios) read from sentences written for these tests, through the real pipeline. */
class FiguresTest {
  private static final Pipeline PIPELINE = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), EventCoder.bundled(), (d, m) -> List.of(),
      FigureExtractor.bundled()::extract);

  private static List<Figure> figures(String title, String text, String published) {
    Document d = new Document("t", text, title, published == null ? null : LocalDate.parse(published), null, null,
        null, "test");
    Pipeline.Result r = PIPELINE.process(d);
    assertFalse(r.failed(), () -> String.valueOf(r.failure()));
    for (Figure f : r.figures()) {
      assertEquals(f.text(), d.fullText().substring(f.charStart(), f.charEnd()), "offsets of " + f);
    }
    return r.figures();
  }

  private static List<Figure> figures(String text) {
    return figures(null, text, "2022-03-10");
  }

  private static Figure find(List<Figure> figures, String kind, double value) {
    return figures.stream().filter(f -> f.kind().equals(kind) && Math.abs(f.value() - value) <= Math.abs(value) * 1e-9)
        .findFirst().orElseThrow(() -> new AssertionError(kind + " " + value + " not in " + figures));
  }

  private static void assertFigure(Figure f, String unit, String qualifier, String measures, String year) {
    assertEquals(unit, f.unit(), () -> "unit of " + f);
    assertEquals(qualifier, f.qualifier(), () -> "qualifier of " + f);
    assertEquals(measures, f.measures(), () -> "measures of " + f);
    assertEquals(year, f.year(), () -> "year of " + f);
  }

  @Test
  void changeAndLevelOfTradeWithARelativeYear() {
    List<Figure> fs = figures("Vietnam is Japan's biggest partner in the region and trade jumped by one-third to a "
        + "record $48 billion last year, officials in Hanoi said.");
    Figure money = find(fs, "money", 4.8e10);
    assertFigure(money, "USD", null, "trade", "2021");
    assertEquals("a record $48 billion", money.text());
    assertEquals(List.of("VNM", "JPN"), money.actors().subList(0, 2), money.actors().toString());
    Figure ratio = find(fs, "ratio", 1.0 / 3);
    assertFigure(ratio, "fraction", "change", "trade", "2021");
    assertEquals(0.3333, ratio.value(), 1e-4);
    assertEquals(2, fs.size(), fs.toString());
  }

  @Test
  void aGoalByAYearIsATarget() {
    Figure f = find(figures("Ankara and Seoul have set a goal of reaching $15 billion in trade by 2026, the "
        + "ministers said."), "money", 1.5e10);
    assertFigure(f, "USD", "target", "trade", "2026");
    // "by" a year already past is a deadline met, not a target
    Figure past = find(figures(null, "Exports to Brazil had reached $9 billion by 2019.", "2022-03-10"), "money", 9e9);
    assertFigure(past, "USD", null, "exports", "2019");
  }

  @Test
  void countsWithApproximators() {
    Figure troops = find(figures("Officials in Belgrade said Serbia had massed close to 20,000 troops near the border."),
        "count", 20000);
    assertFigure(troops, "troops", "about", null, null);
    assertEquals("close to 20,000 troops", troops.text());
    assertTrue(troops.actors().stream().anyMatch(a -> a.startsWith("SRB")), troops.actors().toString());
    Figure companies = find(figures("More than 300 companies have left Belarus since the vote."), "count", 300);
    assertFigure(companies, "companies", "over", null, null);
    Figure ships = find(figures("The Indian navy sent two dozen warships to the Arabian Sea."), "count", 24);
    assertFigure(ships, "warships", null, null, null);
    Figure oil = find(figures("Nigeria pumps about 1.5 million barrels of crude oil a day."), "count", 1.5e6);
    assertFigure(oil, "barrels per day", "about", "crude oil", null);
    Figure crowd = find(figures("Hundreds of protesters gathered outside the French embassy in Bamako."), "count", 100);
    assertFigure(crowd, "protesters", "over", null, null);
    Figure gas = find(figures("Qatar signed a contract for 10 billion cubic metres of gas a year with Pakistan."),
        "count", 1e10);
    assertFigure(gas, "cubic metres per year", null, "gas", null);
    Figure upTo = find(figures("Peru could deploy up to 500 soldiers in the mission."), "count", 500);
    assertEquals("up-to", upTo.qualifier());
  }

  @Test
  void percentagesWithWhatTheyMeasure() {
    Figure oil = find(figures("Hungary depends on Russia for about 60% of its oil imports."), "percent", 60);
    assertFigure(oil, "%", "about", "oil imports", null);
    Figure rise = find(figures("Statistics showed a 25 percent rise in exports from Chile to Korea in 2021."),
        "percent", 25);
    assertFigure(rise, "%", "change", "exports", "2021");
    List<Figure> share = figures("Poland's share in German imports grew from 4.5 per cent in 2015 to 6.1 per cent "
        + "in 2020.");
    assertFigure(find(share, "percent", 4.5), "%", null, "share in German imports", "2015");
    assertFigure(find(share, "percent", 6.1), "%", null, "share in German imports", "2020");
    Figure fell = find(figures("Mexico's remittances from Spain fell 3% this year."), "percent", 3);
    assertFigure(fell, "%", "change", "remittances", "2022");
    Figure points = find(figures("Support for the accord rose two percentage points."), "percent", 2);
    assertEquals("percentage points", points.unit());
  }

  @Test
  void currenciesSymbolsCodesAndWords() {
    List<Figure> fs = figures("The European Union pledged €2.5bn to Kenya, Japan promised US$ 3 trillion and Britain "
        + "gave £40m.");
    assertEquals("EUR", find(fs, "money", 2.5e9).unit());
    assertEquals("USD", find(fs, "money", 3e12).unit());
    assertEquals("GBP", find(fs, "money", 4e7).unit());
    List<Figure> asia = figures("Beijing lent Dhaka RMB 10 billion, Tokyo gave 80 billion yen and Delhi approved "
        + "Rs 500 crore for Nepal.");
    assertEquals("CNY", find(asia, "money", 1e10).unit());
    assertEquals("JPY", find(asia, "money", 8e10).unit());
    assertEquals("INR", find(asia, "money", 5e9).unit());
    Figure yuan = find(figures("The bank extended 12 billion yuan in loans to Laos."), "money", 1.2e10);
    assertFigure(yuan, "CNY", null, "loans", null);
    Figure deal = find(figures("Moscow and Tehran signed a $400 million arms deal in 2019."), "money", 4e8);
    assertFigure(deal, "USD", null, "arms deal", "2019");
    Figure aid = find(figures("Washington has sent billions of dollars in aid to Kyiv."), "money", 1e9);
    assertFigure(aid, "USD", "over", "aid", null);
  }

  @Test
  void yearsExplicitAttachedOrOpeningTheClause() {
    Figure modifier = find(figures("Turkey's 2021 trade with Iraq reached $21 billion."), "money", 2.1e10);
    assertFigure(modifier, "USD", null, "trade", "2021");
    Figure opening = find(figures("In 2020, trade between Egypt and Sudan reached $1.2 billion."), "money", 1.2e9);
    assertFigure(opening, "USD", null, "trade", "2020");
    // a year in another clause is not the figure's
    Figure other = find(figures("The treaty was signed in 1997, and the two navies now have 40 ships."), "count", 40);
    assertNull(other.year(), other.toString());
    // relative years need a publication date
    Figure unknown = find(figures(null, "Exports jumped to $7 billion last year.", null), "money", 7e9);
    assertNull(unknown.year(), unknown.toString());
  }

  @Test
  void ratiosFromFractionsAndOneInN() {
    Figure third = find(figures("Austria receives nearly a third of its gas from Norway."), "ratio", 1.0 / 3);
    assertFigure(third, "fraction", "about", "gas", null);
    Figure half = find(figures("Half of Mongolia's exports go to China."), "ratio", 0.5);
    assertFigure(half, "fraction", null, "exports", null);
    Figure oneIn = find(figures("One in five Canadians backs the deal, a poll found."), "ratio", 0.2);
    assertEquals("fraction", oneIn.unit());
    // a transitive change verb: what it changes is its object
    Figure cut = find(figures("Chile will cut copper exports by half next year."), "ratio", 0.5);
    assertFigure(cut, "fraction", "change", "copper exports", "2023");
  }

  @Test
  void numberWordsCountOnlyNounsWorthCounting() {
    List<Figure> fs = figures("Moscow expelled three diplomats, and the two leaders met five times over two decades.");
    assertEquals(1, fs.size(), fs.toString());
    assertFigure(find(fs, "count", 3), "diplomats", null, null, null);
    assertTrue(figures("The two countries signed a treaty, and both sides held six rounds of talks.").isEmpty());
    assertTrue(figures("One of the ministers said the one-on-one meeting went well.").isEmpty());
  }

  @Test
  void datesTimesOrdinalsAndNamesAreNotFigures() {
    assertNone("The Games run on February 4-20 in 2022, and the leaders meet at 10 a.m. on 24 February.");
    assertNone("The 38th exchange between Xi and Putin was their first since 2019.");
    assertNone("Turkey bought the S-400, Egypt ordered Su-35 jets and the G7 discussed COVID-19.");
    assertNone("The Boeing 737 and the Nord Stream 2 pipeline were cited by Fortune 500 firms.");
    assertNone("The 1% Club met Resolution 2231 drafters, and the 2014 annexation was condemned.");
    assertNone("See page 5, section 3 and Article 5, or call +1 202 555 0100.");
    assertNone("Putin, 69, met Modi, who is aged 71, for the first time in 15 years.");
    assertNone("Xi secured a third term, the third-largest vote in the second half of the year.");
  }

  private static void assertNone(String text) {
    List<Figure> fs = figures(text);
    assertTrue(fs.isEmpty(), () -> text + " -> " + fs);
  }

  @Test
  void headlinesAndBodiesKeepDocumentOffsets() {
    List<Figure> fs = figures("Oman Trade Rises 12%", "Oman's exports to India rose 12% in 2021, to $5 billion.",
        "2022-01-15");
    Figure title = fs.stream().filter(f -> f.sentenceIndex() == 0).findFirst()
        .orElseThrow(() -> new AssertionError("no figure in the title: " + fs));
    assertEquals("percent", title.kind());
    Figure body = find(fs.stream().filter(f -> f.sentenceIndex() == 1).toList(), "percent", 12);
    assertFigure(body, "%", "change", "exports", "2021");
    assertFigure(find(fs, "money", 5e9), "USD", null, "exports", "2021");
  }

  @Test
  void aBadDataLineNamesItsFileAndLine() {
    String tsv = "# header\n$\tcurrency-prefix\tUSD\nbillion\tmultiplier\tlots\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FigureExtractor.of(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "bad.tsv"));
    assertTrue(e.getMessage().startsWith("bad.tsv:3"), e.getMessage());
  }

  /** Runs the seed articles, checks figures verified by reading them, and prints all for a human to judge. */
  @Test
  void seedArticles() throws Exception {
    Path seeds = Stream.of(Path.of("../shared/seeds"), CliRunner.shared().resolve("seeds"))
        .filter(Files::isDirectory).findFirst().orElse(null);
    assumeTrue(seeds != null, "../shared/seeds is absent: seed figures not checked");
    List<Document> docs = new ArrayList<>();
    new DocumentReader().read(List.of(seeds), docs::add, p -> { });
    List<Figure> all = new ArrayList<>();
    for (Document d : docs) {
      Pipeline.Result r = PIPELINE.process(d);
      assertFalse(r.failed(), () -> String.valueOf(r.failure()));
      all.addAll(r.figures());
    }
    StringBuilder report = new StringBuilder("seed figures: " + all.size() + "\n");
    for (Figure f : all) {
      report.append(String.format(Locale.ROOT, "  %-24s s%-3d %-7s %-12s %-17s %-7s %-30s %-5s %s | %s%n",
          f.doc(), f.sentenceIndex(), f.kind(), f.value(), f.unit(), f.qualifier(), f.measures(), f.year(),
          f.actors(), f.text()));
    }
    System.out.print(report);
    check(all, f -> f.kind().equals("money") && f.value() == 1.4e11, "USD", null, "trade", "2021");
    check(all, f -> f.kind().equals("money") && f.value() == 2e11, "USD", "target", "trade", "2024");
    check(all, f -> f.kind().equals("count") && f.value() == 130000, "troops", "about", null, null);
    check(all, f -> f.kind().equals("percent") && f.value() == 40 && "gas supplies".equals(f.measures()),
        "%", "about", "gas supplies", null);
    check(all, f -> f.kind().equals("ratio") && f.doc().startsWith("004"), "fraction", "change", "trade", "2021");
    check(all, f -> f.kind().equals("percent") && f.value() == 18.3, "%", null, "share in Russian foreign trade", "2020");
    // the seeds' dates, model names, ordinals and "the two countries" give nothing
    assertTrue(all.stream().noneMatch(f -> f.kind().equals("count") && f.value() == 2), report::toString);
    assertTrue(all.stream().noneMatch(f -> f.value() >= 1900 && f.value() <= 2030 && !f.kind().equals("money")),
        report::toString);
  }

  private static void check(List<Figure> all, Predicate<Figure> which, String unit, String qualifier, String measures,
                            String year) {
    Figure f = all.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("missing in " + all));
    assertFigure(f, unit, qualifier, measures, year);
  }
}
