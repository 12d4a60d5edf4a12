package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.core.EventStatus;

/**
 * Which events to read or export. Every criterion is optional: null means "any".
 *
 * <p>The date range keeps events whose (possibly partial) date overlaps {@code [from, to]}: an event dated
 * {@code 2021-12} matches {@code from = 2021-12-20}, and one dated {@code 2021} matches any range touching 2021.
 * Events without a date are left out as soon as either bound is given.
 *
 * @param doc           document id, exact
 * @param sourcePrefix  source actor code prefix, e.g. {@code RUS} or {@code RUSGOV}
 * @param targetPrefix  target actor code prefix; events without a target never match one
 * @param root          two-digit CAMEO root, e.g. {@code 05}
 * @param status        event status
 * @param from          earliest event date, inclusive
 * @param to            latest event date, inclusive
 * @param background    true: only background mentions, false: only reported events, null: both
 * @param minConfidence lowest confidence kept, inclusive
 * @param quad          quad class 1..4
 * @param limit         at most this many events; 0 for no limit
 */
public record EventQuery(String doc, String sourcePrefix, String targetPrefix, String root, EventStatus status,
                         LocalDate from, LocalDate to, Boolean background, Double minConfidence, Integer quad,
                         int limit) {
  public EventQuery {
    if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, got " + limit);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
    }
    if (minConfidence != null && minConfidence.isNaN()) throw new IllegalArgumentException("minConfidence is NaN");
  }

  /** Every event. */
  public static EventQuery all() { return new Builder().build(); }

  public static Builder builder() { return new Builder(); }

  public Builder toBuilder() {
    return new Builder().doc(doc).sourcePrefix(sourcePrefix).targetPrefix(targetPrefix).root(root).status(status)
        .from(from).to(to).background(background).minConfidence(minConfidence).quad(quad).limit(limit);
  }

  /** The WHERE clause (with a leading " WHERE ", or empty) and its parameters, in order. */
  Where where() {
    List<String> conditions = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (doc != null) { conditions.add("doc = ?"); params.add(doc); }
    if (sourcePrefix != null) { conditions.add("starts_with(source, ?)"); params.add(sourcePrefix); }
    if (targetPrefix != null) { conditions.add("starts_with(target, ?)"); params.add(targetPrefix); }
    if (root != null) { conditions.add("root = ?"); params.add(root); }
    if (status != null) { conditions.add("status = ?"); params.add(status.label()); }
    if (from != null || to != null) conditions.add("date IS NOT NULL");
    // Partial dates (YYYY, YYYY-MM) are compared with the bound cut to the same length: interval overlap.
    if (from != null) { conditions.add("date >= substr(?, 1, length(date))"); params.add(from.toString()); }
    if (to != null) { conditions.add("date <= substr(?, 1, length(date))"); params.add(to.toString()); }
    if (background != null) { conditions.add("background = ?"); params.add(background); }
    if (minConfidence != null) { conditions.add("confidence >= ?"); params.add(minConfidence); }
    if (quad != null) { conditions.add("quad = ?"); params.add(quad); }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), List.copyOf(params));
  }

  /** " LIMIT n", or empty. */
  String limitClause() { return limit == 0 ? "" : " LIMIT " + limit; }

  record Where(String sql, List<Object> params) {}

  /** Builds an {@link EventQuery}; unset criteria match anything. */
  public static final class Builder {
    private String doc;
    private String sourcePrefix;
    private String targetPrefix;
    private String root;
    private EventStatus status;
    private LocalDate from;
    private LocalDate to;
    private Boolean background;
    private Double minConfidence;
    private Integer quad;
    private int limit;

    private Builder() {}

    public Builder doc(String v) { doc = v; return this; }
    public Builder sourcePrefix(String v) { sourcePrefix = v; return this; }
    public Builder targetPrefix(String v) { targetPrefix = v; return this; }
    public Builder root(String v) { root = v; return this; }
    public Builder status(EventStatus v) { status = v; return this; }
    public Builder from(LocalDate v) { from = v; return this; }
    public Builder to(LocalDate v) { to = v; return this; }
    public Builder background(Boolean v) { background = v; return this; }
    public Builder minConfidence(Double v) { minConfidence = v; return this; }
    public Builder quad(Integer v) { quad = v; return this; }
    public Builder limit(int v) { limit = v; return this; }

    public EventQuery build() {
      return new EventQuery(doc, sourcePrefix, targetPrefix, root, status, from, to, background, minConfidence, quad,
          limit);
    }
  }
}
