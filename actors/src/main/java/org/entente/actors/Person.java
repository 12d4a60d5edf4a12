package org.entente.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person of the dictionary with every post they held. */
public record Person(String name, List<Role> roles) {
  public Person {
    roles = roles.stream().sorted(Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  /** A post together with whether the person had already left it on the date asked about. */
  public record Tenure(Role role, boolean former) {}

  /**
   * The post to use on a date: the one held then; otherwise the most recent one that had ended (a former
   * official); none before the first began. Without a date, the latest post.
   */
  public Optional<Tenure> roleOn(LocalDate date) { return roleOn(date, null); }

  /**
   * As {@link #roleOn(LocalDate)}; of two posts held at once, the one whose title the text gives ("Prime Minister
   * Ehud Barak", who was also defence minister), else a government post, else the later one.
   */
  public Optional<Tenure> roleOn(LocalDate date, String text) {
    if (date == null) return Optional.of(new Tenure(roles.get(roles.size() - 1), false));
    Role held = null;
    for (int i = roles.size() - 1; i >= 0; i--) {
      Role r = roles.get(i);
      if (!r.holdsOn(date)) continue;
      if (text != null && !r.title().isBlank()
          && text.toLowerCase(java.util.Locale.ROOT).contains(r.title().toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(new Tenure(r, false));
      }
      if (held == null || !held.code().endsWith("GOV") && r.code().endsWith("GOV")) held = r;
    }
    if (held != null) return Optional.of(new Tenure(held, false));
    if (text != null) {
      // "President Bush" in a text dated before his first term: the title the text gives outweighs a date that may
      // be wrong (an undated wire record, a placeholder date), since no one is called by a post before holding it
      String lower = text.toLowerCase(java.util.Locale.ROOT);
      for (Role r : roles) {
        if (r.from() != null && date.isBefore(r.from()) && !r.title().isBlank()
            && lower.contains(r.title().toLowerCase(java.util.Locale.ROOT)) && !lower.contains("future") && !lower.contains("former")
            && !lower.contains("candidate")) {
          return Optional.of(new Tenure(r, false));
        }
      }
    }
    Role ended = null;
    for (Role r : roles) {
      if (r.to() != null && date.isAfter(r.to()) && (ended == null || r.to().isAfter(ended.to()))) ended = r;
    }
    return ended == null ? Optional.empty() : Optional.of(new Tenure(ended, true));
  }
}
