package org.entente.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The actor dictionary: states, people with dated posts, organisations, named institutions and agent words,
 * read from the TSV files documented in {@code docs/actor-dictionary.md}. The bundled files come first; files of
 * the same names in an extra directory add to them.
 */
public final class ActorDictionary {
  static final String RESOURCE_DIR = "entente/actors/";
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
  private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");
  private static volatile ActorDictionary bundled;

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Map<String, String> stateNames = new LinkedHashMap<>();
  private final Map<String, String> organisationNames = new LinkedHashMap<>();
  private final Map<String, List<String>> organisationMembers = new LinkedHashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, String> successors = new HashMap<>();
  private int entryCount;

  private ActorDictionary() {}

  /** The dictionary shipped with Entente (loaded once). */
  public static ActorDictionary bundled() {
    ActorDictionary d = bundled;
    if (d == null) {
      synchronized (ActorDictionary.class) {
        d = bundled;
        if (d == null) bundled = d = load(null);
      }
    }
    return d;
  }

  /** The bundled dictionary plus the files found in {@code extraDir} (may be null). */
  public static ActorDictionary load(Path extraDir) {
    ActorDictionary d = new ActorDictionary();
    d.readAll(name -> {
      InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
      return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }, "");
    if (extraDir != null) {
      d.readAll(name -> {
        Path p = extraDir.resolve(name);
        try {
          return Files.isRegularFile(p) ? Files.newBufferedReader(p, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
          throw new UncheckedIOException(p + ": " + e.getMessage(), e);
        }
      }, extraDir + "/");
    }
    d.finish();
    return d;
  }

  private interface Opener { Reader open(String name); }

  private void readAll(Opener opener, String prefix) {
    // States first: the other files refer to state codes.
    read(opener, prefix, "states.tsv", 6, 2, this::addState);
    read(opener, prefix, "organisations.tsv", 4, 2, this::addOrganisation);
    read(opener, prefix, "institutions.tsv", 3, 3, this::addInstitution);
    read(opener, prefix, "agents.tsv", 3, 2, this::addAgent);
    read(opener, prefix, "people.tsv", 6, 6, this::addPersonRow);
    read(opener, prefix, "successors.tsv", 3, 2, this::addSuccessor);
    read(opener, prefix, "places.tsv", 3, 2, this::addPlace);
  }

  private void addPlace(TsvReader.Row r) {
    String state = r.get(1);
    if (!isState(state)) throw r.error("place '" + r.get(0) + "' names '" + state + "', which is not a state of states.tsv");
    String label = r.get(0) + " (" + stateNames.get(state) + ")";
    add(EntryKind.PLACE, r.get(0), state, null, label, r.origin());
    for (String alias : r.list(2)) add(EntryKind.PLACE, alias, state, null, label, r.origin());
  }

  private void read(Opener opener, String prefix, String name, int columns, int required,
                    java.util.function.Consumer<TsvReader.Row> handler) {
    Reader reader = opener.open(name);
    if (reader == null) return;
    for (TsvReader.Row row : TsvReader.read(reader, prefix + name, columns, required)) handler.accept(row);
  }

  private void addState(TsvReader.Row r) {
    String code = r.get(0);
    if (!STATE_CODE.matcher(code).matches()) throw r.error("state code '" + code + "' is not 3 capital letters");
    String name = r.get(1);
    stateNames.putIfAbsent(code, name);
    add(EntryKind.STATE, name, code, null, name, r.origin());
    for (String alias : r.list(2)) add(EntryKind.STATE, alias, code, null, name, r.origin());
    for (String adj : r.list(3)) {
      add(adj.endsWith("-") ? EntryKind.PREFIX : EntryKind.ADJECTIVE, adj, code, null, name, r.origin());
    }
    for (String capital : r.list(4)) add(EntryKind.CAPITAL, capital, code + "GOV", null, name, r.origin());
    for (String seat : r.list(5)) {
      int eq = seat.lastIndexOf('=');
      String sector = eq < 0 ? "GOV" : seat.substring(eq + 1).strip();
      String phrase = eq < 0 ? seat : seat.substring(0, eq).strip();
      if (!STATE_CODE.matcher(sector).matches()) throw r.error("seat sector '" + sector + "' is not 3 capital letters");
      add(EntryKind.SEAT, phrase, code + sector, null, phrase + " (" + name + ")", r.origin());
    }
  }

  private void addSuccessor(TsvReader.Row r) {
    String former = r.get(0), successor = r.get(1);
    if (!STATE_CODE.matcher(former).matches() || !STATE_CODE.matcher(successor).matches()) {
      throw r.error("successor line needs two state codes, got '" + former + "' and '" + successor + "'");
    }
    successors.put(former, successor);
  }

  private void addOrganisation(TsvReader.Row r) {
    String code = r.get(0);
    if (!CODE.matcher(code).matches()) throw r.error("organisation code '" + code + "' is not 2-6 capital letters or digits");
    organisationNames.putIfAbsent(code, r.get(1));
    add(EntryKind.ORGANISATION, r.get(1), code, null, r.get(1), r.origin());
    for (String alias : r.list(2)) add(EntryKind.ORGANISATION, alias, code, null, r.get(1), r.origin());
    List<String> members = new ArrayList<>();
    for (String m : r.list(3)) members.add(m);
    organisationMembers.put(code, members);
  }

  private void addInstitution(TsvReader.Row r) {
    String code = r.get(2);
    if (!CODE.matcher(code).matches()) throw r.error("institution code '" + code + "' is not an actor code");
    add(EntryKind.INSTITUTION, r.get(0), code, null, r.get(0), r.origin());
    for (String alias : r.list(1)) add(EntryKind.INSTITUTION, alias, code, null, r.get(0), r.origin());
  }

  private void addAgent(TsvReader.Row r) {
    String sector = r.get(1);
    if (!STATE_CODE.matcher(sector).matches()) throw r.error("sector '" + sector + "' is not 3 capital letters");
    add(EntryKind.AGENT, r.get(0).toLowerCase(Locale.ROOT), sector, null, r.get(0), r.origin());
  }

  private void addPersonRow(TsvReader.Row r) {
    String name = r.get(0);
    String code = r.get(2);
    if (!CODE.matcher(code).matches()) throw r.error("code '" + code + "' is not an actor code");
    Role role = new Role(code, r.get(3), date(r, 4), date(r, 5));
    if (role.from() != null && role.to() != null && role.to().isBefore(role.from())) {
      throw r.error("role ends (" + role.to() + ") before it starts (" + role.from() + ")");
    }
    Person old = people.get(name);
    List<Role> roles = new ArrayList<>(old == null ? List.of() : old.roles());
    roles.add(role);
    Person person = new Person(name, roles);
    people.put(name, person);
    pendingAliases.computeIfAbsent(name, k -> new ArrayList<>()).addAll(r.list(1));
    pendingOrigins.putIfAbsent(name, r.origin());
  }

  private final Map<String, List<String>> pendingAliases = new LinkedHashMap<>();
  private final Map<String, String> pendingOrigins = new HashMap<>();

  private static LocalDate date(TsvReader.Row r, int column) {
    String s = r.get(column);
    if (s.isEmpty()) return null;
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw r.error("date '" + s + "' is not YYYY-MM-DD");
    }
  }

  private void finish() {
    // People are added once all their rows are read, so every alias points at the complete record.
    for (Map.Entry<String, Person> e : people.entrySet()) {
      Person p = e.getValue();
      String origin = pendingOrigins.get(e.getKey());
      add(EntryKind.PERSON, p.name(), null, p, p.name(), origin);
      for (String alias : new TreeSet<>(pendingAliases.getOrDefault(e.getKey(), List.of()))) {
        add(EntryKind.PERSON, alias, null, p, p.name(), origin);
      }
    }
    pendingAliases.clear();
    for (List<Entry> list : byFirstWord.values()) {
      list.sort(Comparator.comparingInt((Entry x) -> -x.words().size()).thenComparing(x -> x.kind().ordinal()));
    }
  }

  private void add(EntryKind kind, String phrase, String code, Person person, String label, String origin) {
    List<String> words = Phrases.words(phrase);
    if (words.isEmpty()) return;
    Entry entry = new Entry(kind, words, code, person, label, origin);
    byFirstWord.computeIfAbsent(Phrases.key(words.get(0)), k -> new ArrayList<>()).add(entry);
    entryCount++;
  }

  /** Entries whose first word is {@code word} (case folded), longest first. */
  List<Entry> startingWith(String word) {
    return byFirstWord.getOrDefault(Phrases.key(word), Collections.emptyList());
  }


  public boolean isState(String code) { return stateNames.containsKey(code); }

  /** The state that succeeded a former one ("SUN" gives "RUS"), or the code itself. */
  public String successor(String state) { return successors.getOrDefault(state, state); }

  public Optional<String> stateName(String code) { return Optional.ofNullable(stateNames.get(code)); }

  public Optional<String> organisationName(String code) { return Optional.ofNullable(organisationNames.get(code)); }

  public List<String> members(String organisation) { return organisationMembers.getOrDefault(organisation, List.of()); }

  public Optional<Person> person(String name) { return Optional.ofNullable(people.get(name)); }

  public int stateCount() { return stateNames.size(); }

  public int personCount() { return people.size(); }

  public int organisationCount() { return organisationNames.size(); }

  public int entryCount() { return entryCount; }

  /** Every person entry, for look-ups by name. */
  public Iterable<Person> people() { return people.values(); }

  /** The code a person acts as on a date, or empty before their first post. */
  public Optional<String> personCode(Person p, LocalDate date) { return personCode(p, date, null); }

  /** As {@link #personCode(Person, LocalDate)}, preferring the post whose title {@code text} names. */
  public Optional<String> personCode(Person p, LocalDate date, String text) {
    return p.roleOn(date, text).map(t -> {
      if (!t.former()) return t.role().code();
      String code = t.role().code();
      String state = code.length() == 6 ? code.substring(0, 3) : null;
      // A former minister still speaks for their country's elite; a former secretary-general for nobody.
      return state != null && isState(state) ? state + "ELI" : null;
    });
  }
}
