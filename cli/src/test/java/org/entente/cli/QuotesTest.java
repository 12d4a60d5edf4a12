package org.entente.cli;

import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.coding.quotes.QuoteExtractor;
import org.entente.core.Document;
import org.entente.core.Quote;
import org.entente.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Quotations and their speakers on sentences written for these tests, through the real CoreNLP models. */
class QuotesTest {
  private static final Pipeline PIPELINE = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), EventCoder.bundled());

  private static List<Quote> quotes(String text, String published) {
    Document d = new Document("t", text, null, LocalDate.parse(published), null, null, null, "test");
    Pipeline.Result r = PIPELINE.process(d);
    assertFalse(r.failed(), () -> String.valueOf(r.failure()));
    List<Quote> out = QuoteExtractor.bundled().extract(r.document(), r.mentions());
    for (Quote q : out) {
      assertEquals(q.text(), d.fullText().substring(q.charStart(), q.charEnd()), "offsets point at the quoted words");
    }
    return out;
  }

  /** The quotation whose text starts with the given words. */
  private static Quote find(List<Quote> quotes, String start) {
    return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation starting \"" + start + "\" in " + quotes));
  }

  private static void assertSpeaker(Quote q, String speakerWords, String actor, String attribution) {
    assertNotNull(q.speaker(), () -> "no speaker for " + q);
    assertTrue(q.speaker().contains(speakerWords), () -> "speaker \"" + q.speaker() + "\" lacks " + speakerWords + ": " + q);
    assertEquals(actor, q.speakerActor(), () -> q.toString());
    if (attribution != null) assertEquals(attribution, q.attribution(), () -> q.toString());
  }

  @Test
  void speakerBeforeAndAfterCurlyAndStraightQuotations() {
    List<Quote> qs = quotes("Ukrainian Foreign Minister Dmytro Kuleba said on Tuesday, \u201cOur partners must act before "
        + "winter comes.\u201d Later, \"We will not trade land for peace,\" Kuleba told reporters.", "2023-03-01");
    assertEquals(2, qs.size(), qs::toString);
    Quote first = find(qs, "Our partners must act");
    assertEquals("Our partners must act before winter comes.", first.text());
    assertSpeaker(first, "Ukrainian Foreign Minister Dmytro Kuleba", "UKRGOV", "reporting-verb");
    assertSpeaker(find(qs, "We will not trade land"), "Kuleba", "UKRGOV", "reporting-verb");
  }

  @Test
  void invertedSaidTakesTheNameAfterTheVerb() {
    List<Quote> qs = quotes("\u201cThe alliance will defend every inch of its territory,\u201d said NATO Secretary-General "
        + "Jens Stoltenberg, speaking in Brussels.", "2022-06-01");
    assertSpeaker(find(qs, "The alliance will defend"), "Jens Stoltenberg", "NATO", "reporting-verb");
  }

  @Test
  void partialQuotationsAfterSaidThatAndACoordinatedVerb() {
    List<Quote> qs = quotes("German Chancellor Olaf Scholz said that the new pipeline was \u201ca purely commercial "
        + "project\u201d and warned against \u201chasty decisions that hurt our own industry.\u201d", "2022-01-15");
    assertEquals(2, qs.size(), qs::toString);
    assertSpeaker(find(qs, "a purely commercial project"), "Olaf Scholz", "DEUGOV", "reporting-verb");
    assertSpeaker(find(qs, "hasty decisions"), "Olaf Scholz", "DEUGOV", "reporting-verb");
  }

  @Test
  void colonAfterToldReporters() {
    List<Quote> qs = quotes("Maria Zakharova told reporters: \u201cMoscow will respond to any new sanctions in a way "
        + "that Washington will feel.\u201d", "2022-03-10");
    assertSpeaker(find(qs, "Moscow will respond"), "Maria Zakharova", "RUSGOV", "colon");
  }

  @Test
  void accordingToAStateNewsAgency() {
    List<Quote> qs = quotes("The two navies will hold \u201cjoint patrols in the western Pacific every year from now "
        + "on,\u201d according to Xinhua.", "2023-07-01");
    assertSpeaker(find(qs, "joint patrols"), "Xinhua", "CHNMED", "according-to");
  }

  @Test
  void paragraphsOfOneQuotationAfterALeadIn() {
    String text = "In a commentary on Friday, the Global Times wrote:\n\n"
        + "\u201cThe era in which a single power could dictate the rules of trade is over.\n\n"
        + "\u201cCountries across Asia are choosing partners on the basis of their own interests.\u201d\n\n"
        + "The commentary did not name any country.";
    List<Quote> qs = quotes(text, "2023-05-05");
    assertEquals(2, qs.size(), qs::toString);
    Quote first = find(qs, "The era in which");
    assertTrue(first.text().endsWith("is over."), first.text());
    assertSpeaker(first, "Global Times", "CHNMED", "colon");
    assertSpeaker(find(qs, "Countries across Asia"), "Global Times", "CHNMED", "previous-quote");
  }

  @Test
  void aQuotationOverSeveralSentencesAndItsContinuation() {
    List<Quote> qs = quotes("\u201cWe have done everything we could. The rest is up to Moscow,\u201d Olaf Scholz said "
        + "after the call. \u201cNobody in Europe wants to see a war again.\u201d", "2022-02-20");
    assertEquals(2, qs.size(), qs::toString);
    assertTrue(find(qs, "We have done everything").text().contains("The rest is up to Moscow"));
    assertSpeaker(find(qs, "We have done everything"), "Olaf Scholz", "DEUGOV", "reporting-verb");
    assertSpeaker(find(qs, "Nobody in Europe"), "Olaf Scholz", "DEUGOV", "previous-quote");
  }

  @Test
  void pronounSpeakerResolvedThroughTheMentions() {
    List<Quote> qs = quotes("Antony Blinken met his Chinese counterpart in Jakarta on Thursday. He said the meeting "
        + "had been \u201ccandid and constructive\u201d and that both sides would keep talking.", "2023-07-14");
    assertSpeaker(find(qs, "candid and constructive"), "Blinken", "USAGOV", "reporting-verb");
  }

  @Test
  void aNewspaperSpeaksThroughItsEditorial() {
    List<Quote> qs = quotes("The People's Daily said in an editorial that the visit showed \u201cthe maturity of a "
        + "partnership that no outside force can divide.\u201d", "2023-03-23");
    assertSpeaker(find(qs, "the maturity of a partnership"), "People's Daily", "CHNMED", "reporting-verb");
  }

  @Test
  void nestedSingleQuotesStayInside() {
    List<Quote> qs = quotes("\u201cWe told them plainly: \u2018The border is not for sale,\u2019 and they understood,\u201d "
        + "Dmytro Kuleba said.", "2023-03-01");
    assertEquals(1, qs.size(), qs::toString);
    Quote q = qs.get(0);
    assertTrue(q.text().contains("\u2018The border is not for sale,\u2019 and they understood"), q.text());
    assertSpeaker(q, "Dmytro Kuleba", "UKRGOV", "reporting-verb");
  }

  @Test
  void nestedDoubleQuotesOfTheSameKind() {
    List<Quote> qs = quotes("Sergei Lavrov said that \u201cthe so-called \u201crules-based order\u201d is a tool of "
        + "the West and nothing else.\u201d", "2023-02-01");
    assertEquals(1, qs.size(), qs::toString);
    assertTrue(qs.get(0).text().endsWith("and nothing else."), qs.get(0).text());
    assertSpeaker(qs.get(0), "Sergei Lavrov", "RUSGOV", "reporting-verb");
  }

  @Test
  void aLineNamingTheSpeakerAfterABlockOfQuotations() {
    String text = "\"Trade between our countries has doubled in five years.\"\n"
        + "\"We expect it to double again before the end of the decade.\"\n"
        + "Narendra Modi, address to business leaders, New Delhi\n\n"
        + "The figures were confirmed by the commerce ministry.";
    List<Quote> qs = quotes(text, "2023-09-10");
    assertEquals(2, qs.size(), qs::toString);
    assertSpeaker(find(qs, "Trade between"), "Narendra Modi", "INDGOV", "nearby-sentence");
    assertSpeaker(find(qs, "We expect it"), "Narendra Modi", "INDGOV", "nearby-sentence");
  }

  @Test
  void quotedAsSayingNamesTheQuotedPersonNotTheAgency() {
    List<Quote> active = quotes("TASS quoted Sergei Lavrov as saying that the West had \u201clost all sense of "
        + "proportion.\u201d", "2022-05-01");
    assertSpeaker(find(active, "lost all sense"), "Sergei Lavrov", "RUSGOV", "reporting-verb");
    List<Quote> passive = quotes("Russian Defence Minister Sergei Shoigu was quoted as saying that the drills were "
        + "\u201cpurely defensive in nature.\u201d", "2022-09-01");
    assertSpeaker(find(passive, "purely defensive"), "Sergei Shoigu", "RUSMIL", "reporting-verb");
  }

  @Test
  void anExpertOutsideTheDictionaryIsNamedWithoutAnActor() {
    List<Quote> qs = quotes("\u201cThe sanctions have hurt, but they have not changed the Kremlin's course,\u201d said "
        + "Maria Volkova, an economist at a Berlin think tank.", "2023-01-20");
    Quote q = find(qs, "The sanctions have hurt");
    assertEquals("Maria Volkova", q.speaker());
    assertNull(q.speakerActor(), q::toString);
  }

  @Test
  void speakersOfTwoStatesTogetherHaveNoSingleActor() {
    List<Quote> qs = quotes("Emmanuel Macron and Olaf Scholz wrote in a joint letter that Europe needed \u201ca "
        + "stronger voice of its own in world affairs.\u201d", "2023-04-01");
    Quote q = find(qs, "a stronger voice");
    assertTrue(q.speaker().contains("Macron") && q.speaker().contains("Scholz"), q::toString);
    assertNull(q.speakerActor(), q::toString);
  }

  @Test
  void invertedAskedAfterAQuestionMark() {
    List<Quote> qs = quotes("\"Is this how partners behave?\" asked Sergei Lavrov at the end of the session.",
        "2023-02-01");
    assertSpeaker(find(qs, "Is this how partners behave?"), "Sergei Lavrov", "RUSGOV", "reporting-verb");
  }

  @Test
  void unnamedOfficialsTakeTheStateOfTheirCapital() {
    List<Quote> qs = quotes("Officials in Kyiv described the proposal as \u201ca trap dressed up as a compromise.\u201d",
        "2023-02-01");
    assertSpeaker(find(qs, "a trap dressed up"), "Officials in Kyiv", "UKRGOV", "reporting-verb");
  }

  @Test
  void aBodyNamedBeforeSpeaksAgainAsIt() {
    List<Quote> qs = quotes("The Kremlin said on Monday that the talks had been \u201cuseful and businesslike.\u201d "
        + "It added that \u201cno date has been set for a second round.\u201d", "2022-03-01");
    assertSpeaker(find(qs, "useful and businesslike"), "Kremlin", "RUSGOV", "reporting-verb");
    assertSpeaker(find(qs, "no date has been set"), "Kremlin", "RUSGOV", "reporting-verb");
  }

  @Test
  void longSingleQuotedSpeechCountsShortSingleQuotesDoNot() {
    List<Quote> qs = quotes("\u2018We will never accept the annexation of our land,\u2019 Dmytro Kuleba said, calling "
        + "the vote a \u2018farce\u2019 and the new borders \u2018null and void\u2019.", "2022-10-01");
    assertEquals(1, qs.size(), qs::toString);
    assertSpeaker(qs.get(0), "Dmytro Kuleba", "UKRGOV", "reporting-verb");
  }

  @Test
  void scareQuotesNamesAndTitlesAreNotQuotations() {
    List<Quote> qs = quotes("Several capitals have joined the \u201ccoalition\u201d and the so-called \u201cpeace "
        + "formula\u201d draws wide support. Australia and Canada joined the \u201cdiplomatic boycott\u201d of the Games. "
        + "The minister wrote an essay entitled \u201cRules for a Changing World\u201d last year. Washington restated "
        + "its \u201cone China\u201d policy.", "2022-02-01");
    assertTrue(qs.isEmpty(), qs::toString);
  }
}
