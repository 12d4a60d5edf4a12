package org.entente.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test void accepted() {
    LocalDate d = LocalDate.of(2022, 2, 4);
    assertEquals(d, Dates.parsePublished("2022-02-04"));
    assertEquals(d, Dates.parsePublished(" 2022-02-04 "));
    assertEquals(d, Dates.parsePublished("2022-02-04T10:00:00Z"));
    assertEquals(d, Dates.parsePublished("2022-02-04T10:00"));
    assertEquals(d, Dates.parsePublished("2022-02-04 10:00:00"));
    assertEquals(d, Dates.parsePublished("2022-02-04T10:00:00.123+05:30"));
    assertEquals(d, Dates.parsePublished("2022-02-04T10:00:00+01:00[Europe/Paris]"));
  }

  @Test void vagueOrEmptyIsNull() {
    assertNull(Dates.parsePublished(null));
    assertNull(Dates.parsePublished(""));
    assertNull(Dates.parsePublished("2022-02"));
    assertNull(Dates.parsePublished("2022"));
  }

  @Test void rejected() {
    for (String s : new String[] {"2022-13", "2022-02-30", "04/02/2022", "Feb 4, 2022", "2022-02-04T25:00", "today"}) {
      assertThrows(IllegalArgumentException.class, () -> Dates.parsePublished(s), s);
    }
  }
}
