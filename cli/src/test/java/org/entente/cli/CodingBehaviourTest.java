package org.entente.cli;

import org.entente.actors.ActorDictionary;
import org.entente.actors.ActorResolver;
import org.entente.coding.EventCoder;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.core.EventStatus;
import org.entente.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The coder on sentences written for these tests, through the real CoreNLP models. */
class CodingBehaviourTest {
  private static final Pipeline PIPELINE = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), EventCoder.bundled());

  private static List<Event> code(String text, String published) {
    Document d = new Document("t", text, null, LocalDate.parse(published), null, null, null, "test");
    Pipeline.Result r = PIPELINE.process(d);
    assertFalse(r.failed(), () -> String.valueOf(r.failure()));
    return r.events();
  }

  private static Event find(List<Event> events, String source, String target, String root) {
    return events.stream()
        .filter(e -> e.source().startsWith(source) && target.equals(e.target() == null ? "" : e.target().substring(0, 3))
            && e.root().equals(root))
        .findFirst().orElseThrow(() -> new AssertionError(source + "->" + target + " " + root + " not in " + events));
  }

  @Test
  void coordinatedSubjectsSignInBothDirectionsWithTheirDate() {
    List<Event> events = code("Russia and China signed a military cooperation roadmap on Tuesday.", "2021-11-25");
    Event e = find(events, "RUS", "CHN", "05");
    find(events, "CHN", "RUS", "05");
    assertEquals(EventStatus.ACTUAL, e.status());
    assertEquals("2021-11-23", e.date());
    assertFalse(e.background());
    assertTrue(e.rule().startsWith("patterns.tsv:"), e.rule());
    assertEquals(0, e.charStart());
  }

  @Test
  void passiveAgentIsTheSource() {
    List<Event> events = code("Chinese President Xi Jinping was invited to Moscow by Russian President Vladimir Putin.",
        "2023-02-21");
    Event e = find(events, "RUS", "CHN", "03");
    assertEquals("RUSGOV", e.source());
    assertEquals("CHNGOV", e.target());
  }

  @Test
  void negationAndConditionsSetTheStatus() {
    Event signed = find(code("Japan did not sign the agreement with South Korea.", "2022-05-01"), "JPN", "KOR", "05");
    assertEquals(EventStatus.NEGATED, signed.status());
    List<Event> threat = code("The European Union will impose sanctions on Russia if it invades Ukraine.", "2022-01-20");
    assertEquals(EventStatus.HYPOTHETICAL, find(threat, "EU", "RUS", "16").status());
  }

  @Test
  void nominalVisitAndLocationThatIsNotATarget() {
    Event visit = find(code("Xi's visit to Moscow was closely watched in Washington.", "2023-03-22"), "CHN", "RUS", "04");
    assertEquals("CHNGOV", visit.source());
    assertTrue(visit.trigger().contains("visit"), visit.trigger());
    List<Event> talks = code("The foreign ministers of India and Brazil held talks in Beijing on Monday.", "2023-06-07");
    find(talks, "IND", "BRA", "04");
    assertTrue(talks.stream().noneMatch(e -> "CHN".equals(e.target() == null ? null : e.target().substring(0, 3))),
        "a meeting place is not a target: " + talks);
  }

  @Test
  void forceUsedInAPlaceTargetsItsState() {
    Event shelling = find(code("Russian forces shelled positions in Ukraine.", "2022-02-25"), "RUS", "UKR", "19");
    assertEquals("RUSMIL", shelling.source());
    assertEquals("UKR", shelling.target());
  }

  @Test
  void firstPersonInsideAQuotationIsTheSpeaker() {
    List<Event> events = code("\u201cAt the invitation of the Chilean president, I will travel to Santiago next month,\u201d "
        + "Lula said.", "2023-06-01");
    Event visit = find(events, "BRA", "CHL", "04");
    assertEquals(EventStatus.HYPOTHETICAL, visit.status());
    assertEquals("I", visit.sourceText());
  }

  @Test
  void sportsAndFiguresOfSpeechAreNotInterstateEvents() {
    List<Event> match = code("Morocco attacked Portugal relentlessly in the World Cup quarter-final.", "2022-12-11");
    assertTrue(match.isEmpty(), match.toString());
    List<Event> war = code("The trade war between Washington and Beijing dragged on.", "2019-08-01");
    assertTrue(war.stream().noneMatch(e -> e.root().equals("19")), war.toString());
    // without the discard phrase the same verb is coded: the test above is not empty by accident
    List<Event> fight = code("Morocco attacked Portugal relentlessly on Saturday.", "2022-12-11");
    assertTrue(fight.stream().anyMatch(e -> e.root().equals("19")), fight.toString());
  }

  @Test
  void recalledEventIsBackgroundWithItsOwnDate() {
    List<Event> events = code("It was their first meeting since a summit in Brasilia in November 2019 between Xi and Putin.",
        "2022-02-04");
    Event e = find(events, "CHN", "RUS", "04");
    assertTrue(e.background(), e.toString());
    assertEquals("2019-11", e.date());
  }

  @Test
  void itInAReportedClauseIsTheReportingSubject() {
    Event recall = find(code("Chile said on Monday that it had recalled its ambassador to Peru.", "2023-05-10"),
        "CHL", "PER", "16");
    assertEquals(EventStatus.ACTUAL, recall.status());
    Event threat = find(code("Greece said it would impose sanctions on Turkey.", "2023-05-10"), "GRC", "TUR", "16");
    assertEquals(EventStatus.HYPOTHETICAL, threat.status());
  }

  @Test
  void theSubjectOfADemandedClauseIsTheTarget() {
    find(code("Beijing demanded that Washington cancel the arms sale.", "2022-01-01"), "CHN", "USA", "10");
    find(code("Ankara insisted that Athens withdraw its forces from the islands.", "2022-01-01"), "TUR", "GRC", "10");
  }

  @Test
  void aSentenceNamingOneDayDatesItsEventsWhateverTheParse() {
    Event e = find(code("Chile backs Peru's claim to the islands, a Chilean diplomat told reporters in a briefing on "
        + "Wednesday.", "2023-05-12"), "CHL", "PER", "05");
    assertEquals("2023-05-10", e.date());
  }

  @Test
  void aWeekdayToldInThePastIsTheOneBeforePublication() {
    // 10 March 2022 was a Thursday: "on Monday" in a past clause is 7 March, not 14 March
    List<Event> events = code("The Indian minister told his Japanese counterpart in a phone call on Monday that trade "
        + "would grow.", "2022-03-10");
    Event call = find(events, "IND", "JPN", "04");
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("010")), "what is said in a call is part of it: " + events);
    assertEquals("2022-03-07", call.date());
    assertEquals(EventStatus.ACTUAL, call.status());
  }

  @Test
  void aCallOrMeetingAVerbOfAddressIsSetInIsWithTheAddressee() {
    List<Event> events = code("At their meeting in May, Macron told Scholz that the budget would pass.", "2022-03-10");
    Event meeting = find(events, "FRA", "DEU", "04");
    find(events, "DEU", "FRA", "04");
    assertEquals("2021-05", meeting.date(), "a month after publication, told in the past: the year before");
  }

  @Test
  void aThreatTargetsWhoeverItsConditionIsAbout() {
    List<Event> events = code("Washington and Paris warn of punishing sanctions if Moscow invades Georgia.", "2022-01-20");
    Event threat = find(events, "USA", "RUS", "13");
    find(events, "FRA", "RUS", "13");
    assertEquals("1312", threat.cameo());
  }

  @Test
  void anInvitationGoesFromWhoeverInvitesToWhoeverActsOnIt() {
    Event invitation = find(code("At the invitation of President Macron, the Kenyan leader will visit France.",
        "2022-03-10"), "FRA", "KEN", "03");
    assertEquals("036", invitation.cameo());
  }

  @Test
  void firstPersonInAQuotationAttributedInAnotherSentenceIsTheSpeaker() {
    List<Event> events = code("Indian Prime Minister Narendra Modi wrote in an article published on Monday by a "
        + "Brazilian daily that ties were strong.\n\n\"Next month I will pay a state visit to Brazil. I have made "
        + "three visits to Brazil in the past decade.\"", "2023-03-15");
    Event visit = events.stream().filter(e -> e.sentenceIndex() == 1).findFirst()
        .orElseThrow(() -> new AssertionError("nothing coded in the quotation: " + events));
    assertEquals("BRA", visit.target());
    assertEquals("INDGOV", visit.source());
    assertEquals("I", visit.sourceText());
    assertEquals(EventStatus.HYPOTHETICAL, visit.status());
  }

  @Test
  void aJointStatementIsAnAgreementNotAPlainStatement() {
    List<Event> events = code("The Kenyan and Ugandan presidents made a joint statement on the pipeline on Friday.",
        "2022-03-12");
    find(events, "KEN", "UGA", "05");
    find(events, "UGA", "KEN", "05");
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("010")), events::toString);
  }

  @Test
  void aLaterMentionOfAnEventKeepsTheDateItWasGiven() {
    List<Event> events = code("Chile and Peru will hold a virtual meeting on Wednesday. The meeting between Chile and Peru "
        + "is expected to cover fishing rights.", "2022-03-07");
    Event later = events.stream().filter(e -> e.sentenceIndex() == 1 && e.root().equals("04")).findFirst()
        .orElseThrow(() -> new AssertionError("no meeting in the second sentence: " + events));
    assertEquals("2022-03-09", later.date(), events::toString);
  }

  @Test
  void aYearTheTaggerJoinedToTheNextNounStillDatesTheEvent() {
    Event treaty = find(code("The Treaty of Friendship signed by Chile and Peru in 1999 guarantees that the border is "
        + "final.", "2022-03-10"), "CHL", "PER", "05");
    assertEquals("1999", treaty.date());
    assertTrue(treaty.background());
  }

  @Test
  void hyphenatedPairsNameBothPartiesOfASharedEvent() {
    List<Event> call = code("The Macron-Scholz videoconference will cover energy.", "2023-03-01");
    find(call, "FRA", "DEU", "04");
    find(call, "DEU", "FRA", "04");
    List<Event> split = code("In 1961 the Soviet-Albanian split occurred.", "2023-03-01");
    Event e = find(split, "ALB", "RUS", "16");
    assertEquals("1961", e.date(), "dated by the verb that says it happened");
    assertTrue(e.background());
  }

  @Test
  void aSettingInThePresentHoldsOnThePublicationDate() {
    Event warning = find(code("The summit comes as the United States and France warn of punishing sanctions if Moscow "
        + "invades Georgia.", "2022-01-20"), "USA", "RUS", "13");
    assertTrue(warning.background(), "a setting introduced by 'as'");
    assertEquals("2022-01-20", warning.date());
  }

  @Test
  void sayingWhatAnotherStateMustDoIsADemand() {
    List<Event> events = code("Russia said on Tuesday that Sudan and Chad must return the helicopter.", "2005-03-10");
    Event demand = find(events, "RUS", "SDN", "10");
    find(events, "RUS", "TCD", "10");
    assertEquals("2005-03-08", demand.date());
    List<Event> none = code("Wang told Blinken that Russia's legitimate concerns should be taken seriously, and that "
        + "China and India should strengthen cooperation.", "2022-02-04");
    assertTrue(none.stream().noneMatch(e -> e.root().equals("10")), "no one is asked anything: " + none);
  }

  private static final Pipeline CAMEO_WAY = new Pipeline(NlpPipeline.shared(),
      new ActorResolver(ActorDictionary.bundled()), new EventCoder(org.entente.coding.PatternDictionary.bundled(),
      org.entente.coding.codebook.Codebook.loadDefault(), org.entente.coding.Cues.bundled(),
      new EventCoder.Settings(true, true)));

  private static List<Event> codeTheCameoWay(String text, String published) {
    Pipeline.Result r = CAMEO_WAY.process(new Document("t", text, null, LocalDate.parse(published), null, null, null, "test"));
    assertFalse(r.failed(), () -> String.valueOf(r.failure()));
    return r.events();
  }

  @Test
  void theCameoConventionCodesAnnouncedAndRefusedActionsAsWhatWasSaid() {
    String offer = "Libya has offered to hand over two suspects to Britain.";
    Event asAction = find(code(offer, "2005-03-10"), "LBY", "GBR", "06");
    assertEquals(EventStatus.HYPOTHETICAL, asAction.status());
    Event asIntent = find(codeTheCameoWay(offer, "2005-03-10"), "LBY", "GBR", "03");
    assertEquals("0313", asIntent.cameo());
    assertEquals(EventStatus.ACTUAL, asIntent.status());
    assertTrue(asIntent.rule().endsWith("+cameo:announced"), asIntent.rule());
    // an action announced on a condition is a threat
    Event threat = find(codeTheCameoWay("Kenya announced that it will withdraw its peacekeepers from Somalia unless the "
        + "fighting stops.", "2005-03-10"), "KEN", "SOM", "13");
    assertTrue(threat.rule().endsWith("+cameo:threatened"), threat.rule());
    // what is agreed to is an intent to do it under CAMEO, the act itself by default
    String truce = "Armenia and Azerbaijan agreed to a ceasefire on Friday.";
    find(code(truce, "2005-03-10"), "ARM", "AZE", "08");
    assertEquals("0356", find(codeTheCameoWay(truce, "2005-03-10"), "ARM", "AZE", "03").cameo());
    // "is prepared to lift" announces the lifting; "is opposed to" is the subject's own stance
    find(codeTheCameoWay("Algeria said it is prepared to lift the ban on Moroccan imports.", "2005-03-10"), "DZA", "MAR", "03");
    assertEquals("126", find(code("Armenia is opposed to Turkish mediation.", "2005-03-10"), "ARM", "TUR", "12").cameo());
    // a cooperation promised on a condition is a conditional offer (an intent of the speaker's own), not a threat
    List<Event> conditional = codeTheCameoWay("Somali rebels said they would meet the Kenyan envoy if he came alone.",
        "2005-03-10");
    find(conditional, "SOM", "KEN", "03");
    assertTrue(conditional.stream().noneMatch(e -> e.root().equals("13") || e.source().startsWith("KEN")),
        conditional::toString);
    // the target of a threat may sit in the threatened act's own phrase
    find(codeTheCameoWay("Somali militants threatened to deliver painful blows to Ethiopia.", "2005-03-10"), "SOM", "ETH", "13");
    // a condition is not an announcement: "if Russia invades" stays an invasion that may happen
    Event invasion = find(codeTheCameoWay("Berlin will block the pipeline if Russia invades Georgia.", "2022-01-10"),
        "RUS", "GEO", "19");
    assertEquals(EventStatus.HYPOTHETICAL, invasion.status());
  }

  @Test
  void domesticEventsAreCodedOnlyWhenAskedFor() {
    String text = "Sudanese police arrested opposition leaders in Khartoum on Monday.";
    assertTrue(code(text, "2019-03-06").stream().noneMatch(e -> e.target() != null
        && e.source().substring(0, 3).equals(e.target().substring(0, 3))), "off by default");
    // a protest that names no one is against the government of the state it happens in
    List<Event> protest = codeTheCameoWay("Protesters staged a demonstration in Khartoum on Sunday.", "2019-03-06");
    Event against = protest.stream().filter(e -> e.root().equals("14")).findFirst()
        .orElseThrow(() -> new AssertionError("no protest: " + protest));
    assertEquals("SDNCVL", against.source());
    assertEquals("SDNGOV", against.target());
    // so is a call for political change
    List<Event> elections = codeTheCameoWay("Bolivian opposition leaders demanded early elections.", "2019-03-06");
    assertEquals("BOLGOV", find(elections, "BOL", "BOL", "10").target());
    // a state on its own against one of its parts
    List<Event> whole = codeTheCameoWay("Bolivia is investigating attacks by Bolivian militants on miners.", "2019-03-06");
    assertEquals("BOLREB", find(whole, "BOL", "BOL", "09").target());
    // a capital named as the place of a measure is the state, not its government
    assertEquals("MLI", find(codeTheCameoWay("Malian authorities imposed a curfew in Bamako on Monday.", "2019-03-06"),
        "MLI", "MLI", "17").target());
    List<Event> domestic = codeTheCameoWay(text, "2019-03-06");
    assertTrue(domestic.stream().anyMatch(e -> e.source().startsWith("SDN") && e.target() != null
        && e.target().startsWith("SDN") && !e.source().equals(e.target())), domestic::toString);
  }

  @Test
  void aRenewedDemandIsNewsAndWhatItDemandsIsNotCodedAsDone() {
    List<Event> renewed = code("The African Union renewed its demand that Sudan withdraw its troops from Ethiopia.",
        "2019-03-06");
    Event demand = find(renewed, "AU", "SDN", "10");
    assertEquals(EventStatus.ACTUAL, demand.status());
    assertFalse(demand.background(), "renewed today: " + demand);
    assertEquals(EventStatus.HYPOTHETICAL, find(renewed, "SDN", "ETH", "08").status());
    // a two-sided act demanded "with" someone is the demand, not the act, in either direction
    List<Event> truce = code("Armenia demanded a ceasefire with Azerbaijan on Monday.", "2019-03-06");
    find(truce, "ARM", "AZE", "10");
    assertTrue(truce.stream().noneMatch(e -> e.root().equals("08")), truce::toString);
  }

  @Test
  void anInstrumentTheParserMadeTheSubjectLeavesTheActor() {
    // the parser gives "disperse" the object of "used" as its subject
    List<Event> dispersed = code("Kenyan police used tear gas to disperse Somali protesters in Nairobi.", "2019-03-06");
    assertEquals("KENCOP", find(dispersed, "KEN", "SOM", "17").source());
    // a clause under a condition did not happen, however deep it sits
    List<Event> invaded = code("Berlin would object if Moscow chose that week to invade Georgia.", "2019-03-06");
    assertEquals(EventStatus.HYPOTHETICAL, find(invaded, "RUS", "GEO", "19").status());
  }

  @Test
  void groupsArePlacedWhereTheyAct() {
    // people of a capital are its state's, even when another state is named
    List<Event> capital = codeTheCameoWay("Students in Ankara marched against the American military presence.",
        "2019-03-06");
    assertEquals("TUREDU", find(capital, "TUR", "USA", "14").source());
    // a head of state the dictionary does not know is the head of the one state the sentence is about
    List<Event> unknown = codeTheCameoWay("Malawian rebels demanded the removal of President Zakeyo Banda.", "1995-03-06");
    assertEquals("MWIGOV", find(unknown, "MWI", "MWI", "10").target());
    assertTrue(code("Prime Minister Zorba Dinkelbaum visited Kenya.", "1995-03-06").isEmpty(), "a visitor from elsewhere");
    // whoever a verb engages in a shared event is its other side, and the event is news
    Event firefight = find(code("Syrian rebels engaged Filipino peacekeepers in a firefight on Saturday.", "2014-09-01"),
        "SYR", "PHL", "19");
    assertFalse(firefight.background(), firefight::toString);
    // a city of places.tsv says which state an event happened in
    List<Event> kirkuk = codeTheCameoWay("Thousands of students demonstrated in the northern city of Kirkuk on Sunday.",
        "2005-01-04");
    assertEquals("IRQGOV", find(kirkuk, "IRQ", "IRQ", "14").target());
    // a court of a place is its state's; force shown in a place is shown to its state
    List<Event> court = code("A court in Guyana issued arrest warrants for two Brazilian men.", "2008-08-06");
    assertEquals("GUYJUD", find(court, "GUY", "BRA", "17").source());
    find(code("Russia is conducting military exercises in Belarus.", "2008-08-06"), "RUS", "BLR", "15");
    // a body named by no actor stands for the state it is in
    find(code("Ghana sent 300 troops to the peacekeeping force in Mali.", "2008-08-06"), "GHA", "MLI", "15");
    // a minority named by its kin state's demonym belongs to the state it lives in
    List<Event> minority = codeTheCameoWay("Hundreds of ethnic Hungarians demonstrated in Slovakia on Friday.",
        "2019-03-06");
    Event protest = find(minority, "SVK", "SVK", "14");
    assertEquals("SVKETH", protest.source());
    assertEquals("SVKGOV", protest.target());
    // a people named by its demonym protests against its own government when it names no one else
    List<Event> people = codeTheCameoWay("Angry Tunisians blocked highways near the port on Tuesday.", "2019-03-06");
    Event blocked = find(people, "TUN", "TUN", "14");
    assertEquals("TUNCVL", blocked.source());
    assertEquals("TUNGOV", blocked.target());
  }

  @Test
  void aFrontedTopicAndWhatIsEndedAreNotEvents() {
    List<Event> topic = code("On trade, Chile and Peru signed a customs accord on Friday.", "2023-05-13");
    find(topic, "CHL", "PER", "05");
    assertTrue(topic.stream().noneMatch(e -> e.root().equals("06")), "a topic is not trade: " + topic);
    List<Event> lifted = code("The Turkish navy lifted its blockade of Cyprus on Monday.", "2023-05-13");
    assertEquals("0872", find(lifted, "TUR", "CYP", "08").cameo());
    assertTrue(lifted.stream().noneMatch(e -> e.cameo().startsWith("191")), "a lifted blockade: " + lifted);
  }

  @Test
  void jointPlansAreIntentsAndTheirObjectIsNotCodedAgain() {
    List<Event> plan = code("Brazil and Argentina plan to build a joint satellite.", "2023-05-13");
    find(plan, "BRA", "ARG", "03");
    find(plan, "ARG", "BRA", "03");
    List<Event> deepen = code("Hanoi and Manila pledged to deepen military cooperation.", "2023-05-13");
    find(deepen, "VNM", "PHL", "03");
    assertTrue(deepen.stream().noneMatch(e -> e.root().equals("06")), "cooperation read with 'deepen': " + deepen);
    // the noun keeps its own event when it names other parties
    List<Event> joined = code("Norway joined the American boycott of the games in Minsk over Belarus's crackdown.",
        "2023-05-13");
    find(joined, "NOR", "BLR", "16");
  }

  @Test
  void aPastSentenceNamingOneMonthDatesItsNews() {
    // February 2022: "in December" of a past sentence is December 2021
    Event plan = find(code("Lula at his annual press conference in December said that Brazil and Argentina plan to "
        + "build a joint satellite.", "2022-02-04"), "BRA", "ARG", "03");
    assertEquals("2021-12", plan.date());
  }

  @Test
  void theOneQuotedAsSayingIsTheSpeaker() {
    List<Event> events = code("Reuters had quoted Chilean Foreign Minister Alberto van Klaveren as saying following a "
        + "meeting with his Peruvian counterpart in Lima on September 16 that talks would resume.", "2021-12-01");
    Event meeting = find(events, "CHL", "PER", "04");
    assertEquals("CHLGOV", meeting.source());
    assertEquals("2021-09-16", meeting.date());
  }

  @Test
  void oneMeetingNamedTwiceInASentenceIsOneEventButTwoDatedOnesAreTwo() {
    List<Event> once = code("The Chilean president met the Peruvian president in Lima on Friday for talks that lasted "
        + "three hours.", "2023-05-13");
    assertEquals(1, once.stream().filter(e -> e.source().startsWith("CHL") && e.root().equals("04")).count(), once::toString);
    List<Event> twice = code("The Chilean and Peruvian presidents held two phone calls in 2020 and met in Lima on Friday.",
        "2023-05-13");
    assertEquals(2, twice.stream().filter(e -> e.source().startsWith("CHL") && e.root().equals("04")).count(), twice::toString);
  }

  @Test
  void aLabelOfPraiseIsPraiseAndOfCondemnationCriticism() {
    Event praise = find(code("On Monday Macron called Scholz an old friend.", "2022-03-10"), "FRA", "DEU", "05");
    assertEquals("051", praise.cameo());
    Event blame = find(code("Lima called the seizure a breach of the treaty by Chile.", "2022-03-10"), "PER", "CHL", "11");
    assertEquals("111", blame.cameo());
  }

  @Test
  void aDeadlineIsNotADateAndADecidedActionTakesTheDecisionsDate() {
    Event ban = find(code("The European Union agreed late on Monday to ban most imports of Russian oil by the end of "
        + "the year.", "2022-05-31"), "EU", "RUS", "16");
    assertEquals("2022-05-30", ban.date());
  }

  @Test
  void whatIsLiftedKeepsItsTargetButNotItsDate() {
    Event lift = find(code("Japan's trade ministry said on Wednesday it would lift export controls imposed on South Korea "
        + "in 2019.", "2022-05-26"), "JPN", "KOR", "08");
    assertEquals("085", lift.cameo());
    assertFalse(lift.date().startsWith("2019"), lift.date());
  }

  @Test
  void talksHungOnAReportedClauseAreTheReportersTalks() {
    List<Event> events = code("Brazilian President Lula said on Tuesday that many provisions of the plan could serve as a "
        + "basis for a settlement, after formal talks in Beijing with Chinese President Xi Jinping.", "2023-03-22");
    find(events, "BRA", "CHN", "04");
    find(events, "CHN", "BRA", "04");
  }

  @Test
  void anActNamedAgainIsTheEarlierClausesActor() {
    List<Event> events = code("North Korea fired a ballistic missile into the sea on Thursday, and both Seoul and Tokyo "
        + "condemned the launch.", "2023-03-17");
    find(events, "KOR", "PRK", "11");
    find(events, "JPN", "PRK", "11");
  }

  /** Asserts that no event coded from the text matches. */
  private static void assertNoEvent(String text, String published, java.util.function.Predicate<Event> unwanted,
                                    String why) {
    List<Event> events = code(text, published);
    assertTrue(events.stream().noneMatch(unwanted), () -> why + ": " + events);
  }

  @Test
  void argumentsTheParseLeavesOneStepAway() {
    // an official act in the passive with no one named: the authorities of the state it happened in
    Event arrest = find(code("A Norwegian engineer was arrested in Iran on spying charges.", "2011-05-02"), "IRN", "NOR", "17");
    assertEquals("IRNGOV", arrest.source());
    // ... but not where someone is named as having done it
    assertNoEvent("A Norwegian engineer was arrested by Kurdish rebels in Iran.", "2011-05-02",
        e -> e.source().equals("IRNGOV"), "the rebels did it");
    // a target named by no actor: the place in the clause that describes it, or whoever did what it names
    find(code("Japan sent food to families living in Pakistan.", "2010-08-20"), "JPN", "PAK", "07");
    Event inquiry = find(code("Serbian police opened an investigation into killings committed by Croatian soldiers.",
        "2005-01-10"), "SRB", "HRV", "09");
    assertEquals("HRVMIL", inquiry.target());
    // "US mediation" is "American mediation"
    assertEquals("038", find(code("Israel accepted US mediation.", "2005-01-10"), "ISR", "USA", "03").cameo());
    // "its" on a noun an owning verb has is that verb's subject; a possessor of its own is never the subject's act
    find(code("The ILO repeated its demand that Israel lift the closure of Gaza.", "2005-01-10"), "ILO", "ISR", "10");
    assertNoEvent("Russia condemned their attacks on Ukraine.", "2023-01-10", e -> e.root().equals("19"),
        "whose attacks is not said");
    find(code("Russia stepped up its attacks on Ukraine.", "2023-01-10"), "RUS", "UKR", "19");
    // "he" in the clause a speaker reports is the speaker, when no actor names him
    Event curfew = find(codeTheCameoWay("President Laurent Gbagbo announced that he will extend the curfew in Abidjan.",
        "2004-11-08"), "CIV", "CIV", "13");
    assertEquals("CIVGOV", curfew.source());
    // a verb the tagger took for a participle is active when it has an object ("shortened by one hour the curfew")
    find(codeTheCameoWay("President Idriss Deby on Monday shortened by two hours the night curfew in N'Djamena.",
        "2008-02-20"), "TCD", "TCD", "08");
  }

  @Test
  void aTitleInTheTextOutweighsADateBeforeTheTermBegan() {
    // a placeholder date before his first term: "President" says he holds the post
    Event threat = find(code("President Bush threatened sanctions against Syria.", "2000-01-01"), "USA", "SYR", "13");
    assertEquals("USAGOV", threat.source());
    // without the title the date decides: no actor for a man not yet in office
    assertNoEvent("Bush threatened sanctions against Syria.", "2000-01-01", e -> e.source().startsWith("USA"),
        "not yet president");
  }

  @Test
  void sportsDiscardsNeedTheWholeSportsPhrase() {
    find(code("Armenia agreed to French mediation in the final round of talks with Azerbaijan.", "2019-06-20"),
        "ARM", "FRA", "03");
    assertTrue(code("France beat Croatia in the final on Sunday.", "2018-07-16").isEmpty(), "a match is no event");
  }

  @Test
  void newsMediaPassTheNewsOnAndPhrasesSitWhereTheParserPutsThem() {
    // a newspaper is not the capital it is named after, and reporting the news is no accusation
    List<Event> reported = code("Iran fired missiles at Iraq on Monday, the Washington Post reported.", "2020-01-07");
    find(reported, "IRN", "IRQ", "19");
    assertTrue(reported.stream().noneMatch(e -> e.source().startsWith("USA")), reported::toString);
    // a news agency of a party that accuses is still accusing
    find(code("KCNA accused South Korea of firing shells at the North.", "2020-01-07"), "PRKMED", "KOR", "11");
    // the place of an attack in the clause that says when it happened
    find(code("Two suicide bombers from Hamas killed 20 people when they blew themselves up in Tel Aviv.", "2002-05-08"),
        "PSE", "ISR", "19");
    // "among" the parties is "between" them
    find(code("Norway halted its mediation efforts among Sri Lanka's warring parties.", "2006-05-08"), "NOR", "LKA", "16");
    // a condition hung on a complement of the complement names the one threatened
    find(codeTheCameoWay("Russia threatened to stop talks to cut missiles if the United States deploys new missiles.",
        "1983-05-08"), "RUS", "USA", "13");
  }

  @Test
  void civiliansActingInAPlaceBelongToItsStateAndProtestAgainstWhomTheyDefy() {
    // two states named: the one the parse sets the protest in is the protesters'; their own place is where, the
    // authorities they defy are whom
    Event protest = find(codeTheCameoWay("Thousands of residents blocked streets in Hong Kong in open defiance of the "
        + "Chinese government.", "2019-07-01"), "HKG", "CHN", "14");
    assertEquals("HKGCVL", protest.source());
    assertEquals("CHNGOV", protest.target());
    // foreigners protesting in a capital protest against its state
    find(code("British activists staged a protest in Beijing on Wednesday.", "2008-08-06"), "GBR", "CHN", "14");
    // asking for asylum in a state is an appeal to it
    find(code("Two North Korean diplomats applied for asylum in Canada.", "2008-08-06"), "PRK", "CAN", "02");
    // "its citizens" are the possessor's, wherever the verb is set
    List<Event> urged = code("Pakistan refused to send troops to Iraq and urged its citizens to stay at home.", "2004-07-01");
    assertTrue(urged.stream().noneMatch(e -> "IRQCVL".equals(e.target())), urged::toString);
  }

  @Test
  void coordinatedDemonymsShareTheirNounsSectorAndOneMeetingIsOneEvent() {
    List<Event> patrol = code("Chinese and Russian bombers flew a joint patrol near Japan.", "2022-05-24");
    assertEquals("CHNMIL", find(patrol, "CHN", "RUS", "06").source());
    assertEquals("RUSMIL", find(patrol, "CHN", "RUS", "06").target());
    // the leaders met, and "their talks" name the same meeting by their states: one event, with the leaders
    List<Event> met = code("Xi Jinping and Vladimir Putin met in Beijing on Friday in their first talks in two years.",
        "2022-02-04");
    List<Event> meetings = met.stream().filter(e -> e.source().startsWith("CHN") && e.root().equals("04")).toList();
    assertEquals(1, meetings.size(), met::toString);
    assertEquals("CHNGOV", meetings.get(0).source());
  }

  @Test
  void aNounWithAnAuxiliaryIsAVerbAndAProtestIsAgainstWhatItIsInProtestOf() {
    // "would blockade", with "blockade" tagged as a noun: what the farmers say they would do is a threat
    Event threat = find(codeTheCameoWay("Spanish farmers said on Tuesday they would blockade Madrid from next week.",
        "2019-06-20"), "ESP", "ESP", "13");
    assertEquals("ESPCVL", threat.source());
    find(code("Greek students rallied in Athens in protest at the Turkish incursion.", "1996-01-30"), "GRC", "TUR", "14");
    // war games launched by two navies are military cooperation; aid handed to the Red Crescent goes to the IFRC
    find(code("Greek and Italian warships launched five days of war games in the Ionian Sea.", "2001-03-05"),
        "GRC", "ITA", "06");
    find(code("Japanese doctors handed over 500 kg of medicine to the Red Crescent in Herat.", "2001-03-05"),
        "JPN", "IFR", "07");
    // force kept ready in a place is shown to its state
    find(code("Indian troops remained on high alert in Bhutan on Monday.", "2017-07-10"), "IND", "BTN", "15");
  }

  @Test
  void attacksThatCausedCasualtiesAreTheNewsEvenAsGerunds() {
    // the attack the victims died in is what happened, not a setting recalled
    Event strike = find(code("Four Palestinian children were killed in an Israeli air strike in Gaza on Friday.",
        "2023-08-30"), "ISR", "PSE", "19");
    assertFalse(strike.background(), strike::toString);
    assertEquals("2023-08-25", strike.date());
    // "shelling" tagged as a verb is the noun it is used as; "the shelling of Kherson" is in Kherson's state
    Event shelling = find(code("Two Ukrainian civilians died in Russian shelling of Kherson.", "2023-08-30"),
        "RUS", "UKR", "19");
    assertFalse(shelling.background(), shelling::toString);
    find(code("Russian shelling of Kherson continued on Tuesday.", "2023-08-30"), "RUS", "UKR", "19");
    find(code("Israeli troops raided the Nablus refugee camp before dawn.", "2023-07-03"), "ISR", "PSE", "19");
    // the killing is the strike, coded once, with the strike's code; its victims are its target
    List<Event> strikes = code("A Russian missile strike killed 20 Ukrainian civilians on Monday.", "2023-08-30");
    assertEquals(1, strikes.size(), strikes::toString);
    assertEquals("195", strikes.get(0).cameo());
    assertEquals("UKRCVL", strikes.get(0).target());
    // soldiers killed in a clash recalled as the time since when ("since June 2020, when ...") are background
    List<Event> recalled = code("It was the worst clash since June 2020, when 20 Indian soldiers and four Chinese "
        + "troops were killed in hand-to-hand fighting in the Galwan Valley.", "2022-12-13");
    assertTrue(recalled.stream().allMatch(Event::background), recalled::toString);
    // under the CAMEO convention, force used by no one named is coded from the state it was used in
    Event bomb = find(codeTheCameoWay("A roadside bomb killed three US soldiers near Kandahar.", "2005-08-30"),
        "AFG", "USA", "18");
    assertEquals("AFG", bomb.source());
    assertTrue(code("A roadside bomb killed three US soldiers near Kandahar.", "2005-08-30").isEmpty(),
        "by default no one is made up");
  }

  @Test
  void whoArrivesDecidesWhatTheArrivalIs() {
    // a minister arriving visits; troops arriving are deployed; peacekeepers arriving keep the peace
    assertEquals("042", find(code("The Chinese foreign minister arrived in Moscow.", "2022-02-01"), "CHN", "RUS", "04")
        .cameo());
    assertEquals("154", find(code("Russian troops arrived in Belarus for joint drills.", "2022-02-01"), "RUS", "BLR", "15")
        .cameo());
    assertEquals("074", find(code("The first contingent of Kenyan peacekeepers arrived in Haiti.", "2024-06-25"),
        "KEN", "HTI", "07").cameo());
    // troops entering, crossing or moving into a state occupy its territory; warships entering its waters show force;
    // troops leaving it withdraw
    assertEquals("192", find(code("Turkish troops crossed into Syria on Wednesday.", "2019-10-10"), "TUR", "SYR", "19")
        .cameo());
    assertEquals("150", find(code("Chinese warships entered Japanese waters.", "2023-01-10"), "CHN", "JPN", "15").cameo());
    assertEquals("0874", find(code("The last Russian troops left Kazakhstan on Thursday.", "2022-01-14"), "RUS", "KAZ", "08")
        .cameo());
    assertTrue(code("The Indian premier left Tokyo on Thursday.", "2023-01-10").isEmpty(), "a visitor leaving is no event");
    // troops sent where the host asked for them cooperate
    assertEquals("062", find(code("Cuban troops entered Angola at the request of its government.", "1976-01-07"),
        "CUB", "AGO", "06").cameo());
    // a missile fired at no one named is a show of force; fired at a state, a strike
    assertEquals("150", find(code("North Korea fired two ballistic missiles into the sea.", "2023-05-01"), "PRK", "", "15")
        .cameo());
    assertEquals("195", find(code("Iran fired missiles at Israel.", "2024-04-14"), "IRN", "ISR", "19").cameo());
    // a host is not a side of the talks it hosts; the talks are between the parties named, and they happened
    List<Event> hosted = code("Qatar hosted talks between the Taliban and US envoys.", "2020-02-29");
    find(hosted, "QAT", "USA", "04");
    assertTrue(hosted.stream().noneMatch(e -> e.target() != null && e.target().startsWith("QAT")), hosted::toString);
    assertFalse(find(code("Egypt mediated talks between Israel and Hamas.", "2021-05-20"), "ISR", "PSE", "04")
        .background());
    // landing: a leader visits, troops occupy, a missile strikes
    assertEquals("042", find(code("The Indian premier landed in Tokyo on Monday.", "2023-01-10"), "IND", "JPN", "04").cameo());
    assertEquals("195", find(code("A Russian missile landed in Moldova.", "2023-01-10"), "RUS", "MDA", "19").cameo());
  }

  @Test
  void aWeekdayTheTaggerPutAfterPublicationIsTheOneBeforeForWhatHappened() {
    // a Monday's paper: "on Tuesday" of a past call is the Tuesday before, for the call and for the speaker going on
    List<Event> events = code("Putin held a phone call with Erdogan on Tuesday. Ankara accused Kyiv of attacking a bridge.",
        "2023-05-01");
    assertEquals("2023-04-25", find(events, "RUS", "TUR", "04").date());
    assertTrue(events.stream().noneMatch(e -> e.date() != null && e.date().compareTo("2023-05-01") > 0), events::toString);
  }

  @Test
  void anObjectParsedAsTheSpeakersSubjectStillNamesTheTarget() {
    // parsed with "amendments" as the subject of "said" and the envoy as its apposition: the rejection is of Turkey's
    // amendments, and the envoy is no target
    List<Event> events = code("The Armenians reject proposed Turkish amendments to the Kars protocol, senior Armenian envoy "
        + "Ruben Rubinyan said.", "2024-05-07");
    assertEquals("120", find(events, "ARM", "TUR", "12").cameo());
    assertTrue(events.stream().noneMatch(e -> e.target() != null && e.target().startsWith("ARM")), events::toString);
    // the object moved behind an "as" phrase hangs on that phrase
    find(code("Hungary on Monday denounced as a shameful act Romania's closure of ethnic Hungarian schools in "
        + "Transylvania.", "2020-01-08"), "HUN", "ROU", "11");
  }

  @Test
  void theyAfterAnotherStateIsNotTheDocumentsPair() {
    // the document is about China and Russia, but "they" here are Canada and its allies
    List<Event> events = code("China and Russia held talks in Beijing on Monday. Chinese and Russian officials signed three "
        + "accords. Canada and its allies had warned that they would impose sanctions on Moscow if talks failed.",
        "2022-02-24");
    assertEquals(EventStatus.HYPOTHETICAL, find(events, "CAN", "RUS", "16").status());
    assertTrue(events.stream().noneMatch(e -> e.root().equals("16") && !e.source().startsWith("CAN")), events::toString);
  }

  @Test
  void aPledgeMadeSideBySideAboutAnotherStateIsNotOneToEachOther() {
    assertNoEvent("Denmark and Norway pledged to stop buying Russian gas.", "2022-05-31",
        e -> e.source().startsWith("DNK") && e.target() != null && e.target().startsWith("NOR"), "a pledge about Russia");
    // a pledge about their own ties is one to each other
    find(code("Chile and Peru pledged to deepen their partnership.", "2022-05-31"), "CHL", "PER", "03");
  }

  @Test
  void speakersAnnouncingTheirOwnActAccuseNoOne() {
    List<Event> events = code("Oslo and Rome said they would strike the camps in Libya.", "2020-01-08");
    find(events, "NOR", "LBY", "19");
    assertTrue(events.stream().noneMatch(e -> e.root().equals("11")), events::toString);
  }

  @Test
  void fightingThatBreaksOutIsTheNewsUnlessItIsTheSettingOfAnother() {
    Event fighting = find(code("Fighting broke out between Armenia and Azerbaijan on Tuesday.", "2022-09-14"), "ARM",
        "AZE", "19");
    assertFalse(fighting.background(), fighting::toString);
    assertEquals("2022-09-13", fighting.date());
    Event war = find(code("In 2008, Putin flew back from China when war erupted between Russia and Georgia.",
        "2022-02-03"), "RUS", "GEO", "19");
    assertTrue(war.background(), war::toString);
    assertEquals("2008", war.date());
    // a third state named in a phrase of the war does not take the place of its two sides
    find(code("War erupted between Russia and Georgia on the day of the Chinese parade.", "2022-02-03"), "GEO", "RUS",
        "19");
  }

  @Test
  void anAmountIsGivenInWhatFollowsIt() {
    // "2.7 billion euros in military aid": the aid is what is pledged, to whom the aid goes
    find(code("Austria pledged 40 million euros in humanitarian aid to Sudan.", "2023-06-14"), "AUT", "SDN", "03");
    // police sent abroad on a mission are peacekeepers
    assertEquals("074", find(code("Rwanda will send 500 police officers to Mozambique.", "2023-06-14"), "RWA", "MOZ",
        "07").cameo());
  }

  @Test
  void anActJudgedIsHeldAgainstWhoeverDidItAndIsNotTheJudges() {
    List<Event> events = code("Chile condemned Russia's invasion of Ukraine.", "2022-03-01");
    find(events, "CHL", "RUS", "11");
    assertTrue(events.stream().noneMatch(e -> e.source().startsWith("CHL") && "UKR".equals(e.target())), events::toString);
    assertNoEvent("The EU condemned the arrest of the opposition leader in Tunisia.", "2023-06-14",
        e -> e.root().equals("17") && e.source().equals("EU"), "the EU arrested no one");
    // a participle on a noun that names its owner is the owner's: the statement criticises, not its blocker
    List<Event> blocked = code("Hungary blocked an EU statement criticising China.", "2023-06-14");
    find(blocked, "EU", "CHN", "11");
    assertTrue(blocked.stream().noneMatch(e -> e.source().startsWith("HUN") && "CHN".equals(e.target())),
        blocked::toString);
  }

  @Test
  void warshipsOrBombersPassingAStateShowForce() {
    assertEquals("150", find(code("Chinese warships sailed through the Taiwan Strait, Taiwan's defence ministry said.",
        "2023-09-14"), "CHN", "TWN", "15").cameo());
    // the seas they fly over are not the states they are named after
    assertNoEvent("Chinese and Russian bombers flew a joint patrol over the Sea of Japan and the East China Sea.",
        "2022-05-24", e -> e.root().equals("15"), "a sea named after a state is not that state");
  }

  @Test
  void someoneFromAPlaceBelongsToItsState() {
    // arrested in Iran with no one named: Iran's authorities; the engineer from Bergen: Norway's
    find(code("An engineer from Bergen was arrested in Iran on Monday.", "2023-06-14"), "IRN", "NOR", "17");
  }

  @Test
  void anActionStillBeingDecidedIsHypothetical() {
    // parsed with "whether" heading the infinitive: the one deciding acts, and has not yet
    assertEquals(EventStatus.HYPOTHETICAL, find(code("Norway is still deciding whether to send tanks to Ukraine.",
        "2023-09-14"), "NOR", "UKR", "07").status());
  }

  @Test
  void wrongWordsDoNotMakeEvents() {
    // pressure groups are no force shown in the place they work in
    assertNoEvent("Qatar has mobilized lobby groups in Washington to defend its bid.", "2010-11-30",
        e -> e.root().equals("15"), "lobbying is not a show of force");
    // a plan that bars someone is no plan made with them
    assertNoEvent("The Israeli cabinet approved a plan that will bar candidates from Hamas.", "2006-01-08",
        e -> e.root().equals("03"), "no shared plan");
  }

  @Test
  void whatIsAgreedOrTurnedDownIsNotDone() {
    // an understanding reached to do something is an intent to do it, not the act
    List<Event> understanding = code("Lima and Quito reached an understanding to open a new border crossing.",
        "2023-06-14");
    assertEquals("030", find(understanding, "PER", "ECU", "03").cameo());
    assertTrue(understanding.stream().noneMatch(e -> e.root().equals("08")), understanding::toString);
    // what an agreement is to do is planned
    assertEquals(EventStatus.HYPOTHETICAL, find(code("Peru and Ecuador reached an agreement to release the detained Ecuadorian "
        + "fishermen.", "2023-06-14"), "PER", "ECU", "08").status());
    // a deal signed (a participle) is no plan
    assertEquals(EventStatus.ACTUAL, find(code("The accord signed by Kenya and Uganda in May covers fishing.",
        "2023-06-14"), "KEN", "UGA", "05").status());
    // a demand turned down: the act demanded is refused, a rejection under the CAMEO convention
    String refused = "Tehran rejected calls to release the British sailors.";
    assertEquals(EventStatus.NEGATED, find(code(refused, "2007-04-02"), "IRN", "GBR", "08").status());
    assertEquals("1243", find(codeTheCameoWay(refused, "2007-04-02"), "IRN", "GBR", "12").cameo());
    assertEquals(EventStatus.NEGATED, find(code("Oslo said it would not meet the hijackers' demands to free the "
        + "Kenyan prisoners.", "2007-04-02"), "NOR", "KEN", "08").status());
  }

  @Test
  void aHarmHeldOutAsPossibleOnAConditionIsAThreat() {
    String text = "Ottawa could recall its ambassador from Delhi if the trial goes ahead.";
    assertEquals(EventStatus.HYPOTHETICAL, find(code(text, "2023-06-14"), "CAN", "IND", "16").status());
    assertEquals("1313", find(codeTheCameoWay(text, "2023-06-14"), "CAN", "IND", "13").cameo());
    // with no condition, a possible act is neither announced nor threatened
    assertTrue(codeTheCameoWay("Ottawa could recall its ambassador from Delhi.", "2023-06-14").stream()
        .noneMatch(e -> e.root().equals("13")), "no condition, no threat");
  }

  @Test
  void aPassiveParticipleOnANounIsTheNounsEvent() {
    // "the sanctions imposed by Canada on Belarus": the noun is what was imposed, the by-phrase who imposed it
    assertEquals("163", find(code("The sanctions imposed by Canada on Belarus take effect on Monday.", "2023-06-14"),
        "CAN", "BLR", "16").cameo());
  }

  @Test
  void forceUsedOnWhatIsInAPlaceIsUsedOnItsState() {
    // "on targets in Syria": the place of what was hit
    find(code("Israel carried out air strikes on targets in Lebanon, Lebanese state media said.", "2023-06-14"),
        "ISR", "LBN", "19");
  }

  @Test
  void anEnvoyOrderedToLeaveIsExpelledAndAMissionBlockedIsRestricted() {
    assertEquals("161", find(code("Mali's junta ordered the Swedish ambassador to leave the country within 72 hours.",
        "2023-06-14"), "MLI", "SWE", "16").cameo());
    assertTrue(code("Rome ordered the Swedish ambassador to explain the remarks.", "2023-06-14").stream()
        .noneMatch(e -> e.root().equals("16")), "an envoy told to explain is not expelled");
    assertEquals("191", find(code("Vietnamese patrol boats blocked a Chinese survey ship near the reef.", "2023-06-14"),
        "VNM", "CHN", "19").cameo());
  }

  @Test
  void theTwoSidesAreTheTwoStatesJustNamed() {
    List<Event> events = code("Russia and China held talks in Moscow on Monday. Russia and China also signed a trade "
        + "deal. Separately, the Indian foreign minister met his Chilean counterpart in Delhi. The two sides agreed to "
        + "expand trade.", "2023-06-14");
    find(events, "IND", "CHL", "03");
    assertTrue(events.stream().noneMatch(e -> e.sentenceIndex() == 3 && e.source().startsWith("RUS")), events::toString);
  }

  @Test
  void anActJudgedKeepsItsOwnStatus() {
    // refusing to condemn an invasion does not undo the invasion
    List<Event> events = code("Brazil has refused to condemn Russia's invasion of Ukraine.", "2023-06-14");
    assertEquals(EventStatus.NEGATED, find(events, "BRA", "RUS", "11").status());
    assertEquals(EventStatus.ACTUAL, find(events, "RUS", "UKR", "19").status());
  }

  @Test
  void talksCutOffAreHalted() {
    assertEquals("164", find(code("Pyongyang cut off military talks with Seoul after the drills.", "2023-06-14"),
        "PRK", "KOR", "16").cameo());
    // a plan is signed like any other agreement
    assertEquals("057", find(code("Hanoi and Vientiane signed a plan for border cooperation.", "2023-06-14"),
        "VNM", "LAO", "05").cameo());
  }

  @Test
  void aDealBrokeredByAThirdIsMediationBetweenThoseWhoActUnderIt() {
    List<Event> events = code("Kenya and Somalia reopened their border under an agreement brokered by Qatar.", "2023-06-14");
    Event mediation = find(events, "QAT", "KEN", "04");
    assertEquals("045", mediation.cameo());
    find(events, "QAT", "SOM", "04");
    assertFalse(mediation.background(), "done with the news it is part of");
    // and aid stepped up is aid
    assertEquals("070", find(code("Denmark tripled its aid to Moldova.", "2023-06-14"), "DNK", "MDA", "07").cameo());
  }

  @Test
  void itsForcesAreTheForcesOfTheStateJustNamed() {
    List<Event> events = code("Armenia said its forces had clashed with Azerbaijani troops near the border.", "2023-06-14");
    find(events, "ARM", "AZE", "19");
    // a side telling of a shared fight accuses no one of it
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("112")), events::toString);
  }

  @Test
  void forcesOrAidSentByNoOneNamedWereSentByTheirOwnState() {
    find(code("German howitzers were delivered to Ukraine on Monday.", "2023-06-14"), "DEU", "UKR", "07");
    find(code("British troops were sent to Estonia.", "2023-06-14"), "GBR", "EST", "15");
    // expelled diplomats were not expelled by their own state
    assertNoEvent("Russian diplomats were expelled from Poland.", "2023-06-14", e -> e.source().startsWith("RUS"),
        "the expelled are not the expellers");
  }

  @Test
  void goodsBoughtFromAStateAreTradeWithIt() {
    find(code("Hungary bought record amounts of Russian gas last year.", "2023-06-14"), "HUN", "RUS", "06");
    // recognising another's act is not doing it
    assertNoEvent("Astana declined to recognise the annexation of Crimea.", "2023-06-14",
        e -> e.source().startsWith("KAZ") && e.root().equals("19"), "Kazakhstan annexed nothing");
  }

  @Test
  void aPronounAfterAPostNamedInTheSentenceIsThatPostsHolder() {
    // not the person of an earlier sentence
    List<Event> events = code("Lavrov met Wang Yi on Monday. The Dutch foreign minister criticised China during her visit "
        + "to Beijing.", "2023-06-14");
    find(events, "NLD", "CHN", "04");
    assertTrue(events.stream().noneMatch(e -> e.sentenceIndex() == 1 && e.source().startsWith("RUS")), events::toString);
  }

  @Test
  void armsSuppliedOrOilPurchasedAsNounsAreEvents() {
    find(code("Russia's supply of drones to Syria worried Ankara.", "2023-06-14"), "RUS", "SYR", "07");
    find(code("Hungary's purchases of Russian gas kept rising.", "2023-06-14"), "HUN", "RUS", "06");
    // an act opposed is the doer's, not the opponent's
    List<Event> opposed = code("Manila opposes the deployment of Chinese ships near the shoal.", "2023-06-14");
    assertTrue(opposed.stream().noneMatch(e -> e.source().startsWith("PHL") && e.root().equals("15")), opposed::toString);
  }

  @Test
  void talksByTelephoneAreTelephoneTalks() {
    assertEquals("041", find(code("Macron spoke with Scholz by telephone on Tuesday.", "2023-06-14"), "FRA", "DEU", "04")
        .cameo());
    assertEquals("041", find(code("Lula and Ramaphosa held phone talks.", "2023-06-14"), "BRA", "ZAF", "04").cameo());
    assertEquals("040", find(code("Lula and Ramaphosa held talks in Brasilia.", "2023-06-14"), "BRA", "ZAF", "04").cameo());
  }

  @Test
  void whatAStateStopsDoingIsNotDone() {
    assertEquals(EventStatus.NEGATED, find(code("Austria stopped buying Russian gas last year.", "2023-06-14"), "AUT", "RUS",
        "06").status());
  }
}
