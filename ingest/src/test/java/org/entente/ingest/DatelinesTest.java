package org.entente.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DatelinesTest {
  @Test
  void shortLinesNearTheTopGiveThePublicationDate() {
    assertEquals(Optional.of(LocalDate.of(2023, 3, 22)),
        Datelines.publicationDate("Wednesday, March 22, 2023\n\nEnvoys met in Lima to discuss fishing rights.\n"));
    assertEquals(Optional.of(LocalDate.of(2021, 12, 15)),
        Datelines.publicationDate("A headline\n\nBy Someone\n\nHarbour Weekly, December 15, 2021\n\nBody text here."));
    assertEquals(Optional.of(LocalDate.of(2022, 1, 5)), Datelines.publicationDate("Posted 5 Jan 2022\nText"));
    assertEquals(Optional.of(LocalDate.of(2022, 1, 5)), Datelines.publicationDate("2022-01-05\nText"));
  }

  @Test
  void datesInsideBodySentencesAreEventsNotDatelines() {
    String body = "The two ministers, who first met on March 3, 2019 in a small town near the border, agreed again to talk.";
    assertEquals(Optional.empty(), Datelines.publicationDate("Headline\n\n" + body));
    assertEquals(Optional.empty(), Datelines.publicationDate("Posted February 30, 2022\nText"));
  }
}
