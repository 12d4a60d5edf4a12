package org.entente.nlp;

import org.entente.core.Dependency;
import org.entente.core.Document;
import org.entente.core.Sentence;
import org.entente.core.Token;
import org.entente.core.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NlpPipelineTest {
  private static final NlpPipeline NLP = NlpPipeline.shared();

  @Test
  void splitsTitleAndBodyIntoSentencesWithLemmas() {
    Document d = new Document("t1", "The envoys met on Friday. They signed two accords.", "Talks in Vienna",
        LocalDate.of(2023, 5, 12), null, null, null, "test");
    List<Sentence> sentences = NLP.split(d);
    assertEquals(3, sentences.size());
    assertEquals("Talks in Vienna", sentences.get(0).text());
    Sentence second = sentences.get(2);
    assertEquals("They signed two accords.", second.text());
    assertEquals("sign", second.token(1).lemma());
    assertEquals("accord", second.token(3).lemma());
    // offsets point into the full text
    assertEquals("signed", d.fullText().substring(second.token(1).begin(), second.token(1).end()));
    assertFalse(second.parsed());
  }

  @Test
  void verbsTheTaggerTookForNounsAfterAnOpeningNameAreVerbs() {
    Sentence arms = NLP.split(doc("Iran arms the Houthis.")).get(0);
    assertEquals("VBZ", arms.token(1).pos());
    assertEquals("arm", arms.token(1).lemma());
    Sentence sided = NLP.split(doc("India sided with Russia in the vote.")).get(0);
    assertEquals("VBD", sided.token(1).pos());
    assertEquals("side", sided.token(1).lemma());
    // a noun after "a" and its modifiers is a noun; after "that the ..." a base form may be a subjunctive verb
    Sentence drone = NLP.split(doc("Iran shot down a US drone.")).get(0);
    assertEquals("NN", drone.token(5).pos());
    Sentence match = NLP.split(doc("Officials demanded that the United States match the offer.")).get(0);
    assertEquals("VB", match.token(6).pos());
    assertEquals("VB", NLP.split(doc("They let a US firm decide.")).get(0).token(5).pos());
    // a verb that is also an adjective, after "to" and before a determiner, is the infinitive
    for (String text : List.of("Rebels demanded talks to free the hostages.", "Kenya pledged to open its border.")) {
      Sentence infinitive = NLP.split(doc(text)).get(0);
      Token verb = infinitive.tokens().stream().filter(t -> t.word().equals("free") || t.word().equals("open"))
          .findFirst().orElseThrow();
      assertEquals("VB", verb.pos(), infinitive.tokens().toString());
      assertEquals("TO", infinitive.token(verb.index() - 1).pos());
    }
    assertFalse(NLP.split(doc("It grew to such a degree.")).get(0).token(3).pos().startsWith("VB"));
  }

  private static Document doc(String text) {
    return new Document("r", text, null, LocalDate.of(2020, 6, 10), null, null, null, "test");
  }

  @Test
  void aWireDatelineIsNotPartOfTheFirstSentence() {
    Document d = new Document("t3", "LIMA, May 3 \u2014 The envoys of Chile and Peru met on Friday.", null,
        LocalDate.of(2023, 5, 6), null, null, null, "test");
    List<Sentence> sentences = NLP.split(d);
    assertEquals(2, sentences.size());
    assertEquals("LIMA, May 3 \u2014", sentences.get(0).text());
    assertEquals("The envoys of Chile and Peru met on Friday.", sentences.get(1).text());
    assertEquals(1, sentences.get(1).index());
    assertEquals(d.fullText().indexOf("The envoys"), sentences.get(1).begin());
  }

  @Test
  void deepenParsesAndNormalisesRelativeDates() {
    Document d = new Document("t2", "Greece invited Chile to talks on Friday.", null,
        LocalDate.of(2023, 5, 10), null, null, null, "test");
    Sentence s = NLP.deepen(NLP.split(d).get(0), d.published());
    assertTrue(s.parsed());
    Dependency obj = s.dependencies().stream().filter(x -> x.relation().equals("obj")).findFirst().orElseThrow();
    assertEquals("invited", s.token(obj.governor()).word());
    assertEquals("Chile", s.token(obj.dependent()).word());
    assertTrue(s.dependencies().stream().anyMatch(x -> x.relation().equals("obl:to")),
        "enhanced++ relations carry the preposition: " + s.dependencies());
    TimeExpression friday = s.times().get(0);
    assertEquals("2023-05-12", friday.calendarDate());
    assertEquals("LOCATION", s.token(0).ner());
    assertEquals("interleaved", NLP.parserScoring(), "the parser scores with InterleavedClassifier");
  }

  @Test
  void aHeadlineInHeadlineCaseIsTaggedAsIfInSentenceCase() {
    Document d = new Document("t4", "Body text.", "Chile And Peru Poised To Sign Fishing Accord",
        LocalDate.of(2023, 5, 10), null, null, null, "test");
    Sentence title = NLP.split(d).get(0);
    assertTrue(NlpPipeline.isHeadlineCase(title));
    assertFalse(NlpPipeline.isHeadlineCase(NLP.split(new Document("t5", "Chile and Peru sign a fishing accord.",
        null, null, null, null, null, "test")).get(0)));
    // the actors (tokens 0 and 2) keep their capitals; the rest is read as ordinary words
    Sentence retagged = NLP.retagHeadline(title, i -> i == 0 || i == 2);
    assertEquals("poised", retagged.token(3).word(), "the parser reads the lowered word");
    assertEquals("Chile", retagged.token(0).word());
    assertEquals(title.token(3).begin(), retagged.token(3).begin());
    assertEquals(title.text(), retagged.text(), "the evidence stays as written");
    assertTrue(retagged.token(3).pos().startsWith("VB"), retagged.tokens().toString());
    assertEquals("sign", retagged.token(5).lemma());
    assertTrue(retagged.token(5).pos().startsWith("VB"), retagged.tokens().toString());
    assertEquals("NNP", retagged.token(0).pos());
    assertEquals("accord", retagged.token(7).lemma());
  }

  @Test
  void namesWithASeasonAreNotDatesAndABareYearIs() {
    Document d = new Document("t6", "Chile sent athletes to the Winter Games, and the treaty signed in 1999 guarantees "
        + "the border.", null, LocalDate.of(2022, 2, 4), null, null, null, "test");
    Sentence s = NLP.deepen(NLP.split(d).get(0), d.published());
    assertTrue(s.times().stream().noneMatch(t -> t.text().equals("Winter")), s.times().toString());
    assertTrue(s.times().stream().anyMatch(t -> "1999".equals(t.calendarDate())), s.times().toString());
  }
}
