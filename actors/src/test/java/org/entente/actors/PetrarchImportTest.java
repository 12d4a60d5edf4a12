package org.entente.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Import of PETRARCH / Phoenix actor and agent dictionaries into Entente's TSV files. */
class PetrarchImportTest {
  // Made-up names: a politician with dated codes, an armed group with a long code, a null code, an orphan line.
  private static final String ACTORS = String.join("\n",
      "# a made-up dictionary in the PETRARCH format",
      "<!-- an XML comment",
      "     over two lines [NOTACODE] -->",
      "ZORBAN_QUILL_  # the default code comes first, as a plain code line",
      "+ZORBY_QUILL",
      "+PRESIDENT_ZORBAN_QUILL # synonym with a comment",
      "\t[FRAELI]",
      "\t[FRAGOV 050315-091231]",
      "\t[FRALEG <030101]",
      "\t[FRAMIL >20100101]",
      "",
      "BLUE_MOUNTAIN_BRIGADE_ [ESPREBMNT]  # longer than 6: truncated",
      "+BMB",
      "GREY_COUNCIL [---]",
      "ORPHAN_LINE_WITHOUT_CODE",
      "");
  private static final String AGENTS = String.join("\n",
      "!PEOPLE! = MAN, MEN",
      "HARBOR_MASTER [~BUS] # a comment",
      "WATCH!PEOPLE! [~COP]",
      "TIDE_COUNCIL {TIDE_COUNCILS} [~GOVLEG]",
      "OBSERVERS_IN [IGO~]",
      "");

  private static List<String> codes(ActorLookup lookup, String text, String date) {
    return lookup.lookup(text, LocalDate.parse(date)).stream().map(ActorLookup.Resolution::code).toList();
  }

  private static int count(List<PetrarchImport.Tally> tallies, String reasonStart) {
    return tallies.stream().filter(t -> t.reason().startsWith(reasonStart)).mapToInt(PetrarchImport.Tally::count).sum();
  }

  @Test
  void handWrittenSnippet(@TempDir Path tmp) throws IOException {
    Path actors = Files.writeString(tmp.resolve("test.actors.txt"), ACTORS, StandardCharsets.UTF_8);
    Path agents = Files.writeString(tmp.resolve("test.agents.txt"), AGENTS, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out");
    PetrarchImport.Result r = PetrarchImport.importFiles(List.of(actors), List.of(agents), out);

    assertEquals(4, r.peopleRows());
    assertEquals(1, r.people());
    assertEquals(1, r.institutionRows());
    assertEquals(5, r.agentRows()); // harbor master, watchman, watchmen, tide council, tide councils
    assertEquals(1, count(r.skipped(), "null code"));
    assertEquals("test.actors.txt:14: GREY_COUNCIL [---]",
        r.skipped().stream().filter(t -> t.reason().startsWith("null code")).findFirst().orElseThrow().firstAt());
    assertEquals(2, count(r.skipped(), "entry without a usable code")); // GREY_COUNCIL (null code) and the orphan
    assertEquals(1, count(r.skipped(), "prefix agent code"));
    assertEquals(1, count(r.adjusted(), "code longer than 6"));
    assertEquals(1, count(r.adjusted(), "agent code longer than 3"));

    assertEquals(List.of(
        "#name\taliases\tcode\trole\tfrom\tto",
        "Zorban Quill\tZorby Quill;President Zorban Quill\tFRAELI\timported from PETRARCH\t\t",
        "Zorban Quill\tZorby Quill;President Zorban Quill\tFRAGOV\timported from PETRARCH\t2005-03-15\t2009-12-31",
        "Zorban Quill\tZorby Quill;President Zorban Quill\tFRALEG\timported from PETRARCH\t\t2003-01-01",
        "Zorban Quill\tZorby Quill;President Zorban Quill\tFRAMIL\timported from PETRARCH\t2010-01-01\t"),
        Files.readAllLines(out.resolve("people.tsv")));
    assertEquals(List.of("#name\taliases\tcode", "Blue Mountain Brigade\tBMB\tESPREB"),
        Files.readAllLines(out.resolve("institutions.tsv")));
    List<String> agentLines = Files.readAllLines(out.resolve("agents.tsv"));
    assertEquals("#phrase\tsector\tnote", agentLines.get(0));
    assertEquals("harbor master\tBUS\tPETRARCH test.agents.txt:2", agentLines.get(1));
    assertTrue(agentLines.contains("watchmen\tCOP\tPETRARCH test.agents.txt:3"));
    assertTrue(agentLines.contains("tide councils\tGOV\tPETRARCH test.agents.txt:4"));
    try (var files = Files.list(out)) {
      assertEquals(3, files.count(), "no temporary files are left behind");
    }

    ActorLookup lookup = new ActorLookup(new ActorResolver(ActorDictionary.load(out)));
    assertEquals(List.of("FRAGOV"), codes(lookup, "Zorban Quill", "2007-06-01")); // inside A-B
    assertEquals(List.of("FRALEG"), codes(lookup, "Zorban Quill", "2002-12-31")); // <D, inclusive
    assertEquals(List.of("FRAELI"), codes(lookup, "Zorban Quill", "2004-01-01")); // no restriction applies: default
    assertEquals(List.of("FRAMIL"), codes(lookup, "Zorby Quill", "2012-01-01")); // >D, through a synonym
    assertEquals(List.of("ESPREB"), codes(lookup, "BMB", "2012-01-01"));
    assertEquals(List.of("ESPBUS"), codes(lookup, "the Spanish harbor master", "2012-01-01"));
    assertEquals("imported from PETRARCH", lookup.lookup("Zorban Quill", LocalDate.parse("2007-06-01")).get(0).role());
  }

  @Test
  void onlyTheFilesOfTheGivenKindsAreWritten(@TempDir Path tmp) throws IOException {
    Path agents = Files.writeString(tmp.resolve("a.txt"), AGENTS, StandardCharsets.UTF_8);
    PetrarchImport.Result r = PetrarchImport.importFiles(List.of(), List.of(agents), tmp.resolve("out"));
    assertEquals(List.of(tmp.resolve("out").resolve("agents.tsv")), r.written());
    assertFalse(Files.exists(tmp.resolve("out").resolve("people.tsv")));
  }

  @Test
  void aMissingInputFileFailsBeforeAnythingIsWritten(@TempDir Path tmp) {
    Path out = tmp.resolve("out");
    assertThrows(NoSuchFileException.class,
        () -> PetrarchImport.importFiles(List.of(tmp.resolve("missing.txt")), List.of(), out));
    assertFalse(Files.exists(out));
  }

  @Test
  void namesDatesAndCodes() {
    assertEquals("Abdullah Gul", PetrarchText.name("ABDULLAH_GUL_"));
    assertEquals("U.S.", PetrarchText.name("U.S."));
    assertEquals("al-Qaeda", PetrarchText.name("AL-QAEDA"));
    assertEquals("Republic of Cote d'Ivoire", PetrarchText.name("REPUBLIC_OF_COTE_D'IVOIRE_"));
    assertEquals("Islamic Republic of Afghanistan", PetrarchText.name("THE_ISLAMIC_REPUBLIC_OF_AFGHANISTAN"));
    assertEquals("President George W. Bush", PetrarchText.name("PRESIDENT GEORGE_W._BUSH"));
    assertEquals("PKK", PetrarchText.name("PKK"));
    assertEquals("john mccloy", PetrarchText.lowerPhrase("JOHN__MCCLOY_ "));

    assertEquals(LocalDate.of(2009, 1, 20), PetrarchText.date("090120"));
    assertEquals(LocalDate.of(2030, 12, 31), PetrarchText.date("301231"));
    assertEquals(LocalDate.of(1951, 7, 24), PetrarchText.date("510724"));
    assertEquals(LocalDate.of(1941, 12, 7), PetrarchText.date("19411207"));
    assertThrows(IllegalArgumentException.class, () -> PetrarchText.date("9008223"));
    assertThrows(IllegalArgumentException.class, () -> PetrarchText.date("100231"));

    assertEquals(new PetrarchText.Restriction("USAGOV", LocalDate.of(2009, 1, 20), null, true),
        PetrarchText.restriction("USAGOV >090120"));
    assertEquals(new PetrarchText.Restriction("HOBGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15), true),
        PetrarchText.restriction("HOBGOV 19950601 - 19990815"));
    assertThrows(IllegalArgumentException.class, () -> PetrarchText.restriction("MNEGOV 20121204"));
    assertEquals("USAGOV", PetrarchText.code("USAGOVMIL").code());
    assertEquals(PetrarchText.CodeIssue.TRUNCATED, PetrarchText.code("USAGOVMIL").issue());
    assertFalse(PetrarchText.code("---").usable());
    assertFalse(PetrarchText.code("FRO/BIL").usable());
  }

  /** The PETRARCH validation and Phoenix country dictionaries from the shared folder, when present. */
  @Test
  void realDictionariesImportAndResolve(@TempDir Path tmp) throws IOException {
    String shared = System.getProperty("entente.shared");
    assumeTrue(shared != null, "entente.shared is not set");
    Path dir = Path.of(shared, "external", "openeventdata__petrarch2", "petrarch2", "data", "dictionaries");
    Path validate = dir.resolve("PETR.Validate.actors.txt");
    Path countries = dir.resolve("Phoenix.Countries.actors.txt");
    Path validateAgents = dir.resolve("PETR.Validate.agents.txt");
    assumeTrue(Files.isRegularFile(validate) && Files.isRegularFile(countries) && Files.isRegularFile(validateAgents),
        "PETRARCH dictionaries not found under " + dir);

    PetrarchImport.Result r = PetrarchImport.importFiles(List.of(validate, countries), List.of(validateAgents), tmp);
    assertTrue(r.peopleRows() > 20_000, "people rows: " + r.peopleRows());
    assertTrue(r.people() > 15_000, "people: " + r.people());
    assertTrue(r.institutionRows() > 100, "institution rows: " + r.institutionRows());
    assertTrue(r.agentRows() > 50, "agent rows: " + r.agentRows());
    assertTrue(r.skippedCount() < 50, "skipped: " + r.skipped());

    ActorDictionary dict = assertDoesNotThrow(() -> ActorDictionary.load(tmp));
    ActorLookup lookup = new ActorLookup(new ActorResolver(dict));
    // Phoenix.Countries: YILDIRIM_AKBULUT_ [TURELI 530101-891109] [TURGOV 891109-910623] [TURELI]
    assertEquals(List.of("TURGOV"), codes(lookup, "Yildirim Akbulut", "1990-06-01"));
    assertEquals(List.of("TURELI"), codes(lookup, "Yildirim Akbulut", "1970-01-01"));
    assertEquals(List.of("TURELI"), codes(lookup, "Yildirim Akbulut", "1995-01-01"));
    // MOHAMMAD_ZAHIR_SHAH_ [AFGELI 320101-331108] [AFGGOV 331108-730717] [AFGELI 730717-070723]
    assertEquals(List.of("AFGGOV"), codes(lookup, "Mohammad Zahir Shah", "1950-01-01"));
    assertEquals(List.of("AFGELI"), codes(lookup, "Mohammad Zahir Shah", "1980-01-01"));
    // AFGHAN_NATIONAL_SECURITY_FORCES +ANSF ... [AFGMIL]: a named body with one undated code
    assertEquals(List.of("AFGMIL"), codes(lookup, "Afghan National Security Forces", "2012-01-01"));
    assertEquals(List.of("AFGMIL"), codes(lookup, "ANSF", "2012-01-01"));
    // PETR.Validate: GOLLUM +SMEAGOL [HOB <950601] [HOBGOV 19950601 - 19990815] [HOBREB > 990816]
    assertEquals(List.of("HOB"), codes(lookup, "Smeagol", "1990-01-01"));
    assertEquals(List.of("HOBGOV"), codes(lookup, "Smeagol", "1997-01-01"));
    assertEquals(List.of("HOBREB"), codes(lookup, "Gollum", "2001-01-01"));
    // HAMAS_GUNMEN [PSEHMSMIL]: truncated to six characters
    assertEquals(List.of("PSEHMS"), codes(lookup, "Hamas Gunmen", "2001-01-01"));
  }
}
