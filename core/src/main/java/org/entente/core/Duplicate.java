package org.entente.core;

/**
 * A document that repeats one read before it, exactly or nearly (a reposted wire story).
 *
 * @param doc        the later copy's id
 * @param original   the id of the first document read with this content
 * @param similarity estimated Jaccard similarity of their word shingles, 1.0 for an exact copy
 * @param exact      true when the normalised texts are identical
 */
public record Duplicate(String doc, String original, double similarity, boolean exact) {}
