package org.entente.actors;

import java.time.LocalDate;

/**
 * A post a person held: the actor code they act as while in it, and when.
 *
 * @param code  actor code while in office, e.g. {@code RUSGOV}
 * @param title the post, e.g. "Foreign Minister"
 * @param from  first day, or null when unknown
 * @param to    last day, or null while still in office
 */
public record Role(String code, String title, LocalDate from, LocalDate to) {
  public boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
