package org.entente.actors;

import java.util.List;

/**
 * One phrase of the dictionary.
 *
 * @param kind   what it names
 * @param words  the phrase split the way the tokenizer splits text
 * @param code   the actor code it gives (a state, state+sector, organisation), or the sector alone for agents;
 *               null for people, whose code depends on the date
 * @param person the person, for {@link EntryKind#PERSON}
 * @param label  the canonical name, for explanations
 * @param origin file and line it came from
 */
public record Entry(EntryKind kind, List<String> words, String code, Person person, String label, String origin) {
  public String phrase() { return String.join(" ", words); }
}
