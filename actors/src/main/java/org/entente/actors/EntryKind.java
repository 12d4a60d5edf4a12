package org.entente.actors;

/** What a dictionary phrase names; it decides how a match becomes an actor code. */
public enum EntryKind {
  STATE, ADJECTIVE, PREFIX, CAPITAL, SEAT, PERSON, ORGANISATION, INSTITUTION, AGENT,
  /** A region or city of a state (places.tsv): where something happens, never an actor. */
  PLACE;

  /** Kinds that name a state and may take a sector from an agent word beside them. */
  boolean namesState() { return this == STATE || this == ADJECTIVE || this == PREFIX; }
}
