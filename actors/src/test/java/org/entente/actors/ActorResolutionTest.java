package org.entente.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Resolution against the bundled dictionary: dated posts, metonyms, compounds, places that are not actors. */
class ActorResolutionTest {
  private static final ActorLookup LOOKUP = new ActorLookup(new ActorResolver(ActorDictionary.bundled()));

  private static List<String> codes(String text, String date) {
    return LOOKUP.lookup(text, LocalDate.parse(date)).stream().map(ActorLookup.Resolution::code).toList();
  }

  @Test
  void personResolvesToThePostHeldOnTheDate() {
    ActorLookup.Resolution wang = LOOKUP.lookup("Wang Yi", LocalDate.parse("2022-02-04")).get(0);
    assertEquals("CHNGOV", wang.code());
    assertEquals("Foreign Minister", wang.role());
    assertEquals("person", wang.matchedBy());
    assertNotNull(wang.validFrom());
  }

  @Test
  void termBoundariesDecideTheCode() {
    // Li Keqiang was premier until 11 March 2023: the next day he is a former official
    assertEquals(List.of("CHNGOV"), codes("Li Keqiang", "2023-03-11"));
    assertEquals(List.of("CHNELI"), codes("Li Keqiang", "2023-03-12"));
    assertEquals(List.of("USAGOV"), codes("Biden", "2022-06-01"));
    assertEquals(List.of("USAELI"), codes("Biden", "2026-06-01"));
  }

  @Test
  void ofTwoPostsHeldAtOnceTheTitleGivenDecides() {
    // Ehud Barak was prime minister and defence minister at once (1999-2001)
    assertEquals(List.of("ISRGOV"), codes("Israeli Prime Minister Ehud Barak", "2000-01-01"));
    assertEquals(List.of("ISRMIL"), codes("Israeli Defence Minister Ehud Barak", "2000-01-01"));
    // no title: the government post
    assertEquals(List.of("ISRGOV"), codes("Ehud Barak", "2000-01-01"));
  }

  @Test
  void aRegionOrCityIsAPlaceOfItsStateNeverAnActor() {
    // people of a place are its state's; the place alone, or not set as a place, is no actor
    assertEquals(List.of("IRQCOP"), codes("police in Kirkuk", "2005-01-01"));
    assertEquals(java.util.Collections.singletonList(null), codes("talks in Kirkuk", "2005-01-01"));
    assertEquals(java.util.Collections.singletonList(null), codes("Kirkuk", "2005-01-01"));
    // a place's own officials are its state's government ("the mayor of Nablus", "the government of Sindh")
    assertEquals(List.of("PSEGOV"), codes("the mayor of Nablus", "2005-01-01"));
    assertEquals(List.of("IRQGOV"), codes("the governor of Kirkuk", "2005-01-01"));
    // also when the place follows its kind, and when a region is named within that kind
    assertEquals(List.of("UKRGOV"), codes("the mayor of the southern port city of Odesa", "2023-01-01"));
    assertTrue(codes("the governor of the Galilee border town of Kiryat Shmona", "2005-01-01").contains("ISRGOV"));
  }

  @Test
  void aTitleGivenOutweighsADateBeforeThePostBegan() {
    // a record dated before Bush's first term that calls him President: the date is the thing that is wrong
    assertEquals(List.of("USAGOV"), codes("President Bush", "2000-01-01"));
    assertEquals(java.util.Collections.singletonList(null), codes("Bush", "2000-01-01"));
    // so does a body named after its head: "the Bush administration" is his government
    assertTrue(codes("the Bush administration", "2000-01-01").contains("USAGOV"));
  }

  @Test
  void aStanceTowardAStateIsNotThatState() {
    assertFalse(codes("an anti-Syria journalist", "2005-01-01").contains("SYRMED"));
    assertFalse(codes("pro-Iranian militias", "2005-01-01").stream().anyMatch(c -> c != null && c.startsWith("IRN")));
    assertEquals(java.util.Set.of("RUS", "CHN"), java.util.Set.copyOf(codes("Russo-Chinese", "2005-01-01")));
  }

  @Test
  void capitalsAndSeatsOfPowerAreMetonyms() {
    assertEquals(List.of("RUSGOV"), codes("the Kremlin", "2022-01-01"));
    assertEquals(List.of("CHNGOV"), codes("Beijing", "2022-01-01"));
    assertEquals(List.of("UKRGOV"), codes("Kyiv", "2022-01-01"));
    assertEquals(List.of("UKRGOV"), codes("Kiev", "2022-01-01"));
  }

  @Test
  void aPlaceAfterALocativePrepositionIsNotAnActor() {
    assertEquals(java.util.Collections.singletonList(null), codes("talks in Beijing", "2022-01-01"));
    // an occasion named after the place: "the Vienna talks", "the Minsk agreements"
    assertEquals(java.util.Collections.singletonList(null), codes("the Vienna talks", "2022-01-01"));
    // also with words between the place and the occasion
    assertEquals(java.util.Collections.singletonList(null), codes("the Paris Summer Olympics", "2024-01-01"));
    // a state's name inside a sea's is not the state
    for (String sea : List.of("the South China Sea", "the Sea of Japan", "the Gulf of Oman", "the Philippine Sea")) {
      assertTrue(codes(sea, "2024-01-01").stream().allMatch(java.util.Objects::isNull), sea);
    }
    assertEquals(java.util.Collections.singletonList(null), codes("the Minsk agreements", "2022-01-01"));
    assertEquals(List.of("AUTGOV"), codes("Vienna", "2022-01-01"));
  }

  @Test
  void peopleInAStateAreThatStatesUnlessTheyMayBeForeign() {
    assertEquals(List.of("VENOPP"), codes("the opposition in Venezuela", "2022-01-01"));
    assertEquals(List.of("GINCOP"), codes("police in Guinea", "2022-01-01"));
    // troops in a country are often another country's: the place stays a plain state mention
    assertEquals(List.of("UKR"), codes("troops in Ukraine", "2022-01-01"));
  }

  @Test
  void compoundsAdjectivesAndSectors() {
    assertEquals(List.of("CHN", "RUS"), codes("Sino-Russian", "2022-01-01").stream().sorted().toList());
    assertEquals(List.of("CHN", "RUS"), codes("Russia-China", "2022-01-01").stream().sorted().toList());
    assertEquals(List.of("RUSMIL"), codes("the Russian military", "2022-01-01"));
    assertEquals(List.of("RUSGOV"), codes("Russian Foreign Minister Sergei Lavrov", "2022-01-01"));
    assertEquals(List.of("CHNMED"), codes("Global Times", "2022-01-01"));
    assertEquals(List.of("NATO"), codes("NATO", "2022-01-01"));
  }

  @Test
  void laterMentionsOfAPersonResolveThroughTheDocument() {
    ActorResolver resolver = new ActorResolver(ActorDictionary.bundled());
    var first = ActorLookup.pseudoSentence("Russian Foreign Minister Sergei Lavrov landed");
    var second = new org.entente.core.Sentence(1, 0, 20, "the minister spoke", List.of(
        new org.entente.core.Token(0, "the", "the", "DT", "O", 0, 3),
        new org.entente.core.Token(1, "minister", "minister", "NN", "O", 4, 12),
        new org.entente.core.Token(2, "spoke", "speak", "VBD", "O", 13, 18)), List.of(), List.of());
    var third = ActorLookup.pseudoSentence("Lavrov left");
    var mentions = resolver.resolve(List.of(first, second, third), LocalDate.parse("2022-02-04"));
    assertEquals("RUSGOV", mentions.get(1).get(0).code());
    assertEquals("definite-role", mentions.get(1).get(0).matchedBy());
    assertEquals("Sergei Lavrov", mentions.get(2).get(0).entry());
  }

  @Test
  void formerStatesAreCodedAsTheirSuccessorUnlessAskedOtherwise() {
    assertEquals(List.of("RUS"), codes("the Soviet Union", "1970-01-01"));
    assertEquals(List.of("CHN", "RUS"), codes("Sino-Soviet", "1970-01-01").stream().sorted().toList());
    ActorLookup historical = new ActorLookup(new ActorResolver(ActorDictionary.bundled(), true));
    assertEquals("SUN", historical.lookup("the Soviet Union", LocalDate.parse("1970-01-01")).get(0).code());
  }

  @Test
  void acronymsMustMatchTheirCase() {
    assertEquals(List.of("USA"), codes("US", "2022-01-01"));
    assertEquals(java.util.Collections.singletonList(null), codes("us", "2022-01-01"));
  }

  @Test
  void extraDictionaryAddsEntriesAndBadLinesNameFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("people.tsv"), "# name\taliases\tcode\trole\tfrom\tto\n"
        + "Ada Example\tExample\tFRAGOV\tEnvoy\t2020-01-01\t2021-12-31\n");
    ActorLookup extra = new ActorLookup(new ActorResolver(ActorDictionary.load(dir)));
    assertEquals("FRAGOV", extra.lookup("Ada Example", LocalDate.parse("2021-06-01")).get(0).code());
    assertEquals("FRAELI", extra.lookup("Example", LocalDate.parse("2022-06-01")).get(0).code());

    Files.writeString(dir.resolve("people.tsv"), "Bad Row\t\tFRAGOV\tEnvoy\tyesterday\t\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.load(dir));
    assertTrue(e.getMessage().contains("people.tsv:1"), e.getMessage());
  }
}
