package org.entente.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeExpressionTest {
  private static String date(String value) {
    return new TimeExpression(0, 1, "x", value).calendarDate();
  }

  @Test
  void daysMonthsAndYearsAreKeptAsWritten() {
    assertEquals("2023-05-12", date("2023-05-12"));
    assertEquals("2023-05-12", date("2023-05-12TNI"));
    assertEquals("2023-05", date("2023-05"));
    assertEquals("1999", date("1999"));
  }

  @Test
  void aWeekIsTheMonthOfItsThursday() {
    // ISO week 4 of 2022 runs from Monday 24 to Sunday 30 January
    assertEquals("2022-01", date("2022-W04"));
    // week 5 of 2022 runs from 31 January to 6 February; its Thursday is 3 February
    assertEquals("2022-02", date("2022-W05"));
    // week 1 of 2021 starts on Monday 4 January 2021
    assertEquals("2021-01", date("2021-W01"));
  }

  @Test
  void valuesThatAreNotCalendarDatesGiveNothing() {
    assertNull(date("PRESENT_REF"));
    assertNull(date(null));
    assertEquals("2021", date("2021-SU"));
  }
}
