package org.entente.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.entente.core.Event;
import org.entente.core.Figure;
import org.entente.core.Quote;
import org.entente.core.EventStatus;
import org.entente.core.Sentence;

/**
 * The embedded DuckDB store of documents, sentences, actor mentions and events, through plain JDBC.
 *
 * <p>One connection, one writer: every method is synchronized, so {@link #store} may be called from several threads
 * (calls run one after the other). A file can be open in one process at a time; DuckDB locks it.
 *
 * <p>{@link #store} writes one document with everything derived from it in one transaction, replacing what was stored
 * under the same document id: storing the same document again gives the same rows, and a failed store leaves the
 * previous content as it was.
 */
public final class EventStore implements AutoCloseable {
  /** The schema version this code writes and reads; kept in {@code meta} under {@code schema_version}. */
  public static final int SCHEMA_VERSION = 2;

  /** The event columns, in the order they are read and exported ({@code seq} is internal). */
  static final List<String> EVENT_COLUMNS = List.of("id", "doc", "sentence_index", "sentence", "char_start",
      "char_end", "source", "source_text", "target", "target_text", "cameo", "root", "quad", "goldstein", "plover",
      "status", "date", "background", "trigger", "confidence", "rule");

  private static final String QUOTES_DDL = """
      CREATE TABLE IF NOT EXISTS quotes (
        doc VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        quote VARCHAR NOT NULL,
        speaker VARCHAR,
        speaker_actor VARCHAR,
        attribution VARCHAR,
        PRIMARY KEY (doc, seq)
      )""";

  private static final String FIGURES_DDL = """
      CREATE TABLE IF NOT EXISTS figures (
        doc VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        unit VARCHAR,
        qualifier VARCHAR,
        measures VARCHAR,
        year VARCHAR,
        actors VARCHAR,
        sentence VARCHAR,
        PRIMARY KEY (doc, seq)
      )""";

  private static final List<String> SCHEMA = List.of(
      """
      CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
      )""",
      """
      CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,
        title VARCHAR,
        published DATE,
        outlet VARCHAR,
        author VARCHAR,
        url VARCHAR,
        origin VARCHAR,
        content_hash VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL,
        published_iso VARCHAR,
        sources VARCHAR,
        duplicate_of VARCHAR,
        duplicate_similarity DOUBLE
      )""",
      """
      CREATE TABLE IF NOT EXISTS sentences (
        doc VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        char_start INTEGER NOT NULL,
        char_end INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        PRIMARY KEY (doc, idx)
      )""",
      """
      CREATE TABLE IF NOT EXISTS actor_mentions (
        doc VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        start_token INTEGER NOT NULL,
        end_token INTEGER NOT NULL,
        head_token INTEGER,
        text VARCHAR,
        code VARCHAR NOT NULL,
        entry VARCHAR,
        matched_by VARCHAR
      )""",
      """
      CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        doc VARCHAR NOT NULL,
        seq INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR,
        char_start INTEGER,
        char_end INTEGER,
        source VARCHAR NOT NULL,
        source_text VARCHAR,
        target VARCHAR,
        target_text VARCHAR,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        quad INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL,
        plover VARCHAR,
        status VARCHAR NOT NULL CHECK (status IN ('actual', 'negated', 'hypothetical')),
        date VARCHAR,
        background BOOLEAN NOT NULL,
        trigger VARCHAR,
        confidence DOUBLE NOT NULL,
        rule VARCHAR
      )""",
      QUOTES_DDL,
      FIGURES_DDL);

  /** What version 1 stores lack: document facts and duplicate links, quotes and figures. */
  private static final List<String> MIGRATE_1_TO_2 = List.of(
      "ALTER TABLE documents ADD COLUMN IF NOT EXISTS published_iso VARCHAR",
      "ALTER TABLE documents ADD COLUMN IF NOT EXISTS sources VARCHAR",
      "ALTER TABLE documents ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR",
      "ALTER TABLE documents ADD COLUMN IF NOT EXISTS duplicate_similarity DOUBLE",
      "UPDATE documents SET published_iso = CAST(published AS VARCHAR) WHERE published IS NOT NULL",
      QUOTES_DDL,
      FIGURES_DDL,
      "UPDATE meta SET value = '2' WHERE key = 'schema_version'");

  private final Connection connection;
  private final String description;
  private boolean closed;

  private EventStore(Connection connection, String description) {
    this.connection = connection;
    this.description = description;
  }

  /**
   * Opens the store in {@code file}, creating the file (and its folder) and the schema when missing.
   *
   * @throws StoreException when the file cannot be opened (e.g. another process holds it), is not an Entente store,
   *                        or was written by a newer schema version
   */
  public static EventStore open(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path parent = absolute.getParent();
      if (parent != null) Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for " + absolute + ": " + e.getMessage(), e);
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + absolute);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + absolute + " (is it open in another process, such as the "
          + "duckdb CLI?): " + firstLine(e), e);
    }
    return initialise(connection, absolute.toString());
  }

  /** A store that lives in memory and disappears on {@link #close()}. */
  public static EventStore inMemory() {
    try {
      return initialise(DriverManager.getConnection("jdbc:duckdb:"), "in-memory store");
    } catch (SQLException e) {
      throw new StoreException("cannot open an in-memory store: " + firstLine(e), e);
    }
  }

  private static EventStore initialise(Connection connection, String description) {
    EventStore store = new EventStore(connection, description);
    try {
      store.createOrCheckSchema();
      return store;
    } catch (RuntimeException | SQLException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof StoreException se) throw se;
      throw new StoreException("cannot set up the store " + description + ": " + firstLine(e), e);
    }
  }

  private void createOrCheckSchema() throws SQLException {
    Set<String> tables = new LinkedHashSet<>();
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
      while (rs.next()) tables.add(rs.getString(1));
    }
    if (tables.contains("meta")) {
      String version = metaValue("schema_version");
      if (version == null) throw new StoreException(description + " has a meta table but no schema_version: not an Entente store");
      int v;
      try {
        v = Integer.parseInt(version.trim());
      } catch (NumberFormatException e) {
        throw new StoreException(description + " has schema_version '" + version + "', which is not a number", e);
      }
      if (v > SCHEMA_VERSION) {
        throw new StoreException(description + " has schema version " + v + ", newer than this Entente reads ("
            + SCHEMA_VERSION + "); use a newer Entente");
      }
      if (v < SCHEMA_VERSION) {
        // version 1 (before document facts, quotes and figures) is brought up to date in one transaction
        inTransaction(() -> {
          try (Statement st = connection.createStatement()) {
            for (String sql : MIGRATE_1_TO_2) st.execute(sql);
          }
        });
      }
      return;
    }
    if (!tables.isEmpty()) {
      throw new StoreException(description + " already holds tables " + tables + " but no Entente meta table: "
          + "not an Entente store");
    }
    inTransaction(() -> {
      try (Statement s = connection.createStatement()) {
        for (String ddl : SCHEMA) s.execute(ddl);
      }
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
        p.setString(1, "schema_version");
        p.setString(2, Integer.toString(SCHEMA_VERSION));
        p.addBatch();
        p.setString(1, "created_at");
        p.setString(2, LocalDateTime.now(ZoneOffset.UTC).toString());
        p.addBatch();
        p.executeBatch();
      }
    });
  }

  private String metaValue(String key) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The schema version recorded in the store. */
  public synchronized int schemaVersion() {
    ensureOpen();
    try {
      return Integer.parseInt(metaValue("schema_version"));
    } catch (SQLException e) {
      throw failure("read the schema version", e);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Writing

  /**
   * SHA-256 (lower-case hex) of the document's id, title, publication date and text: what the coding depends on.
   * Storing the same document with the same hash again changes nothing; see {@link #hasDocument}.
   */
  public static String contentHash(Document document) {
    MessageDigest sha = sha256();
    for (String field : new String[] {document.id(), document.title(),
        document.published() == null ? null : document.published().toString(), document.text()}) {
      // Length-prefixed, so that no two different field lists give the same bytes (and null differs from "").
      byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
      sha.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The deterministic id of an event: the first 16 bytes (32 hex digits) of the SHA-256 of its document, sentence
   * index, source, target, CAMEO code and trigger. When one document holds two different events with the same id,
   * {@link #store} gives the second {@code <id>-2}, the third {@code <id>-3}, and so on, in list order.
   */
  public static String eventId(Event event) {
    MessageDigest sha = sha256();
    for (String field : new String[] {event.doc(), Integer.toString(event.sentenceIndex()), event.source(),
        event.target(), event.cameo(), event.trigger()}) {
      byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
      sha.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  /** True when a document with this id and this {@link #contentHash} is stored. */
  public synchronized boolean hasDocument(String id, String contentHash) {
    ensureOpen();
    try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ? AND content_hash = ?")) {
      p.setString(1, id);
      p.setString(2, contentHash);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("look up document " + id, e);
    }
  }

  /** Stores a document and its events, without actor mentions; see {@link #store(AnnotatedDocument, Map, List)}. */
  public void store(AnnotatedDocument document, List<Event> events) {
    store(document, Map.of(), events);
  }

  /**
   * Stores a document, its sentences, its actor mentions and its events in one transaction, replacing everything
   * stored before under the same document id. When anything fails the transaction is rolled back: the store holds
   * exactly what it held before, and the exception is thrown.
   *
   * <p>Events that are equal (as records) are stored once.
   *
   * @param document           the document with its sentences
   * @param mentionsBySentence actor mentions keyed by sentence index (an {@link ActorMention} does not carry its
   *                           sentence); may be empty
   * @param events             the events coded from the document; each must name this document in {@link Event#doc()}
   * @throws IllegalArgumentException when an event belongs to another document (nothing is written)
   * @throws StoreException           when the database refuses the data (e.g. an event without a CAMEO code or
   *                                  source) or fails; nothing is written
   */
  public void store(AnnotatedDocument document, Map<Integer, List<ActorMention>> mentionsBySentence,
                    List<Event> events) {
    store(document, mentionsBySentence, events, List.of(), List.of());
  }

  /**
   * Stores a document with everything read from it — sentences, actor mentions, events, quotations and figures —
   * in one transaction, replacing what was stored under the same id; see
   * {@link #store(AnnotatedDocument, Map, List)} for what happens on failure.
   */
  public synchronized void store(AnnotatedDocument document, Map<Integer, List<ActorMention>> mentionsBySentence,
                                 List<Event> events, List<Quote> quotes, List<Figure> figures) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(quotes, "quotes");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(mentionsBySentence, "mentionsBySentence");
    Objects.requireNonNull(events, "events");
    ensureOpen();
    Document d = document.document();
    List<Event> unique = new ArrayList<>(new LinkedHashSet<>(events));
    for (Event e : unique) {
      if (!d.id().equals(e.doc())) {
        throw new IllegalArgumentException("event of document '" + e.doc() + "' given with document '" + d.id() + "'");
      }
    }
    for (Quote q : quotes) {
      if (!d.id().equals(q.doc())) throw new IllegalArgumentException("quote of document '" + q.doc() + "' given with document '" + d.id() + "'");
    }
    for (Figure f : figures) {
      if (!d.id().equals(f.doc())) throw new IllegalArgumentException("figure of document '" + f.doc() + "' given with document '" + d.id() + "'");
    }
    try {
      inTransaction(() -> {
        replaceDocument(d, null);
        insertSentences(d.id(), document.sentences());
        insertMentions(d.id(), mentionsBySentence);
        insertEvents(unique);
        insertQuotes(quotes);
        insertFigures(figures);
      });
    } catch (SQLException e) {
      throw failure("store document " + d.id() + " (nothing was written)", e);
    }
  }

  /**
   * Stores a document found to repeat one read before it: its row and the link to the original, nothing coded
   * from it, so that counts are not inflated by reposts. Replaces what was stored under the same id.
   */
  public synchronized void storeDuplicate(Document d, Duplicate duplicate) {
    Objects.requireNonNull(d, "document");
    Objects.requireNonNull(duplicate, "duplicate");
    ensureOpen();
    if (!d.id().equals(duplicate.doc())) {
      throw new IllegalArgumentException("duplicate link of '" + duplicate.doc() + "' given with document '" + d.id() + "'");
    }
    try {
      inTransaction(() -> replaceDocument(d, duplicate));
    } catch (SQLException e) {
      throw failure("store document " + d.id() + " (nothing was written)", e);
    }
  }

  private static final List<String> PER_DOCUMENT_TABLES =
      List.of("documents", "sentences", "actor_mentions", "events", "quotes", "figures");

  private void replaceDocument(Document d, Duplicate duplicate) throws SQLException {
    for (String table : PER_DOCUMENT_TABLES) {
      try (PreparedStatement p = connection.prepareStatement(
          "DELETE FROM " + table + " WHERE " + (table.equals("documents") ? "id" : "doc") + " = ?")) {
        p.setString(1, d.id());
        p.executeUpdate();
      }
    }
    try (PreparedStatement p = connection.prepareStatement(
        "INSERT INTO documents (id, title, published, outlet, author, url, origin, content_hash, text, ingested_at, "
            + "published_iso, sources, duplicate_of, duplicate_similarity) "
            + "VALUES (?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, CAST(? AS TIMESTAMP), ?, ?, ?, ?)")) {
      Object[] values = {d.id(), d.title(), d.published() == null ? null : d.published().toString(), d.outlet(),
          d.author(), d.url(), d.origin(), contentHash(d), d.text(), LocalDateTime.now(ZoneOffset.UTC).toString(),
          d.publishedIso(), Json.object(d.sources()), duplicate == null ? null : duplicate.original(),
          duplicate == null ? null : duplicate.similarity()};
      for (int i = 0; i < values.length; i++) p.setObject(i + 1, values[i]);
      p.executeUpdate();
    }
  }

  private void insertQuotes(List<Quote> quotes) throws SQLException {
    List<String> columns = List.of("doc", "seq", "sentence_index", "char_start", "char_end", "quote", "speaker",
        "speaker_actor", "attribution");
    try (BatchInsert batch = new BatchInsert(connection, "quotes", columns, Collections.nCopies(columns.size(), "?"))) {
      int seq = 0;
      for (Quote q : quotes) {
        batch.add(q.doc(), seq++, q.sentenceIndex(), q.charStart(), q.charEnd(), q.text(), q.speaker(),
            q.speakerActor(), q.attribution());
      }
      batch.flush();
    }
  }

  private void insertFigures(List<Figure> figures) throws SQLException {
    List<String> columns = List.of("doc", "seq", "sentence_index", "char_start", "char_end", "text", "kind", "value",
        "unit", "qualifier", "measures", "year", "actors", "sentence");
    try (BatchInsert batch = new BatchInsert(connection, "figures", columns, Collections.nCopies(columns.size(), "?"))) {
      int seq = 0;
      for (Figure f : figures) {
        batch.add(f.doc(), seq++, f.sentenceIndex(), f.charStart(), f.charEnd(), f.text(), f.kind(), f.value(),
            f.unit(), f.qualifier(), f.measures(), f.year(), String.join(" ", f.actors()), f.sentence());
      }
      batch.flush();
    }
  }

  private void insertSentences(String doc, List<Sentence> sentences) throws SQLException {
    List<String> columns = List.of("doc", "idx", "char_start", "char_end", "text");
    try (BatchInsert batch = new BatchInsert(connection, "sentences", columns, Collections.nCopies(columns.size(), "?"))) {
      for (Sentence s : sentences) batch.add(doc, s.index(), s.begin(), s.end(), s.text());
      batch.flush();
    }
  }

  private void insertMentions(String doc, Map<Integer, List<ActorMention>> mentionsBySentence) throws SQLException {
    List<String> columns = List.of("doc", "sentence_index", "start_token", "end_token", "head_token", "text", "code",
        "entry", "matched_by");
    try (BatchInsert batch = new BatchInsert(connection, "actor_mentions", columns, Collections.nCopies(columns.size(), "?"))) {
      for (Map.Entry<Integer, List<ActorMention>> entry : new TreeMap<>(mentionsBySentence).entrySet()) {
        for (ActorMention m : entry.getValue()) {
          batch.add(doc, entry.getKey(), m.startToken(), m.endToken(), m.headToken(), m.text(), m.code(), m.entry(),
              m.matchedBy());
        }
      }
      batch.flush();
    }
  }

  private void insertEvents(List<Event> events) throws SQLException {
    List<String> columns = new ArrayList<>(EVENT_COLUMNS);
    columns.add("seq");
    Map<String, Integer> seen = new HashMap<>();
    try (BatchInsert batch = new BatchInsert(connection, "events", columns, Collections.nCopies(columns.size(), "?"))) {
      int seq = 0;
      for (Event e : events) {
        String id = eventId(e);
        int n = seen.merge(id, 1, Integer::sum);
        if (n > 1) id = id + "-" + n;
        batch.add(id, e.doc(), e.sentenceIndex(), e.sentence(), e.charStart(), e.charEnd(), e.source(), e.sourceText(),
            e.target(), e.targetText(), e.cameo(), e.cameo() == null ? null : e.root(), e.quad(), e.goldstein(),
            e.plover(), e.status() == null ? null : e.status().label(), e.date(), e.background(), e.trigger(),
            e.confidence(), e.rule(), seq++);
      }
      batch.flush();
    }
  }

  /** Removes a document and everything derived from it; true when it was stored. */
  public synchronized boolean deleteDocument(String id) {
    ensureOpen();
    boolean[] existed = new boolean[1];
    try {
      inTransaction(() -> {
        for (String table : List.of("sentences", "actor_mentions", "events", "quotes", "figures", "documents")) {
          try (PreparedStatement p = connection.prepareStatement(
              "DELETE FROM " + table + " WHERE " + (table.equals("documents") ? "id" : "doc") + " = ?")) {
            p.setString(1, id);
            int n = p.executeUpdate();
            if (table.equals("documents")) existed[0] = n > 0;
          }
        }
      });
    } catch (SQLException e) {
      throw failure("delete document " + id, e);
    }
    return existed[0];
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reading

  public synchronized long documentCount() {
    return count("SELECT count(*) FROM documents", List.of());
  }

  public synchronized long eventCount() {
    return count("SELECT count(*) FROM events", List.of());
  }

  /** How many events the query selects (its limit included). */
  public synchronized long eventCount(EventQuery q) {
    EventQuery.Where w = q.where();
    return count("SELECT count(*) FROM (SELECT 1 FROM events" + w.sql() + q.limitClause() + ")", w.params());
  }

  private long count(String sql, List<Object> params) {
    ensureOpen();
    try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("count", e);
    }
  }

  /** Events per quad class, in quad order. */
  public Map<Integer, Long> eventsByQuad() {
    return eventsByQuad(EventQuery.all());
  }

  /** Events per quad class among those the query selects (its limit ignored), in quad order. */
  public synchronized Map<Integer, Long> eventsByQuad(EventQuery q) {
    ensureOpen();
    EventQuery.Where w = q.where();
    Map<Integer, Long> out = new TreeMap<>();
    try (PreparedStatement p = prepare("SELECT quad, count(*) FROM events" + w.sql() + " GROUP BY quad", w.params());
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) out.put(rs.getInt(1), rs.getLong(2));
    } catch (SQLException e) {
      throw failure("count events by quad", e);
    }
    return out;
  }

  /** The {@code n} most frequent state-to-state dyads; see {@link #topDyads(EventQuery, int)}. */
  public List<DyadCount> topDyads(int n) {
    return topDyads(EventQuery.all(), n);
  }

  /**
   * The {@code n} most frequent dyads among the events the query selects (its limit ignored): source state (first three
   * letters of the source code) to target state, with counts and mean Goldstein score; events without a target are
   * left out. Ties are ordered by source, then target.
   */
  public synchronized List<DyadCount> topDyads(EventQuery q, int n) {
    if (n < 0) throw new IllegalArgumentException("n must be >= 0, got " + n);
    ensureOpen();
    EventQuery.Where w = q.where();
    String sql = "SELECT left(source, 3) AS s, left(target, 3) AS t, count(*) AS n, avg(goldstein) AS g FROM events"
        + (w.sql().isEmpty() ? " WHERE " : w.sql() + " AND ") + "target IS NOT NULL"
        + " GROUP BY s, t ORDER BY n DESC, s, t LIMIT " + n;
    List<DyadCount> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, w.params()); ResultSet rs = p.executeQuery()) {
      while (rs.next()) out.add(new DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)));
    } catch (SQLException e) {
      throw failure("count dyads", e);
    }
    return out;
  }

  /** The events the query selects, ordered by document, sentence, then the order they were stored in. */
  public synchronized List<Event> events(EventQuery q) {
    ensureOpen();
    List<Event> out = new ArrayList<>();
    try (PreparedStatement p = prepare(selectEvents(q), q.where().params()); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new Event(rs.getString("doc"), rs.getInt("sentence_index"), rs.getString("sentence"),
            rs.getInt("char_start"), rs.getInt("char_end"), rs.getString("source"), rs.getString("source_text"),
            rs.getString("target"), rs.getString("target_text"), rs.getString("cameo"), rs.getInt("quad"),
            rs.getDouble("goldstein"), rs.getString("plover"), EventStatus.parse(rs.getString("status")),
            rs.getString("date"), rs.getBoolean("background"), rs.getString("trigger"), rs.getDouble("confidence"),
            rs.getString("rule")));
      }
    } catch (SQLException e) {
      throw failure("read events", e);
    }
    return out;
  }

  private static String selectEvents(EventQuery q) {
    return "SELECT " + String.join(", ", EVENT_COLUMNS) + " FROM events" + q.where().sql()
        + " ORDER BY doc, sentence_index, seq" + q.limitClause();
  }

  /** The stored document (its text, title and metadata), if any. */
  public synchronized Optional<Document> document(String id) {
    ensureOpen();
    try (PreparedStatement p = connection.prepareStatement("SELECT id, text, title, CAST(published AS VARCHAR), outlet, "
        + "author, url, origin FROM documents WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        String published = rs.getString(4);
        return Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getString(3),
            published == null ? null : LocalDate.parse(published), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8)));
      }
    } catch (SQLException e) {
      throw failure("read document " + id, e);
    }
  }

  /** A stored document's facts, without its text: what {@code entente docs} lists. */
  public record DocumentRow(String id, String title, String published, String author, String outlet, String url,
                            String origin, String duplicateOf, Double duplicateSimilarity, Map<String, String> sources,
                            long events, long quotes, long figures) {}

  /** The stored documents (all when {@code id} is null), in id order, at most {@code limit} (0: no limit). */
  public synchronized List<DocumentRow> documents(String id, int limit) {
    ensureOpen();
    String sql = "SELECT d.id, d.title, COALESCE(d.published_iso, CAST(d.published AS VARCHAR)), d.author, d.outlet, "
        + "d.url, d.origin, d.duplicate_of, d.duplicate_similarity, d.sources, "
        + "(SELECT count(*) FROM events e WHERE e.doc = d.id), (SELECT count(*) FROM quotes q WHERE q.doc = d.id), "
        + "(SELECT count(*) FROM figures f WHERE f.doc = d.id) FROM documents d"
        + (id == null ? "" : " WHERE d.id = ?") + " ORDER BY d.id" + (limit > 0 ? " LIMIT " + limit : "");
    List<DocumentRow> out = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      if (id != null) p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          double sim = rs.getDouble(9);
          Double similarity = rs.wasNull() ? null : sim;
          out.add(new DocumentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8), similarity, Json.parseObject(rs.getString(10)),
              rs.getLong(11), rs.getLong(12), rs.getLong(13)));
        }
      }
    } catch (SQLException e) {
      throw failure("read documents", e);
    }
    return out;
  }

  /**
   * Stored quotations, in document and text order: of one document when {@code doc} is set, by speakers whose actor
   * code starts with {@code speakerActor} when that is set; at most {@code limit} (0: no limit).
   */
  public synchronized List<Quote> quotes(String doc, String speakerActor, int limit) {
    ensureOpen();
    List<Object> params = new ArrayList<>();
    String where = where(params, "doc = ?", doc, "speaker_actor LIKE ?",
        speakerActor == null ? null : speakerActor.replace("%", "") + "%");
    String sql = "SELECT doc, sentence_index, char_start, char_end, quote, speaker, speaker_actor, attribution FROM quotes"
        + where + " ORDER BY doc, seq" + (limit > 0 ? " LIMIT " + limit : "");
    List<Quote> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
            rs.getString(7), rs.getString(8)));
      }
    } catch (SQLException e) {
      throw failure("read quotes", e);
    }
    return out;
  }

  /**
   * Stored figures, in document and text order: of one document when {@code doc} is set, of one kind
   * ({@code money}, {@code percent}, ...) when {@code kind} is set; at most {@code limit} (0: no limit).
   */
  public synchronized List<Figure> figures(String doc, String kind, int limit) {
    ensureOpen();
    List<Object> params = new ArrayList<>();
    String where = where(params, "doc = ?", doc, "kind = ?", kind);
    String sql = "SELECT doc, sentence_index, char_start, char_end, text, kind, value, unit, qualifier, measures, year, "
        + "actors, sentence FROM figures" + where + " ORDER BY doc, seq" + (limit > 0 ? " LIMIT " + limit : "");
    List<Figure> out = new ArrayList<>();
    try (PreparedStatement p = prepare(sql, params); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        String actors = rs.getString(12);
        out.add(new Figure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
            rs.getDouble(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
            actors == null || actors.isBlank() ? List.of() : List.of(actors.split(" ")), rs.getString(13)));
      }
    } catch (SQLException e) {
      throw failure("read figures", e);
    }
    return out;
  }

  /**
   * A WHERE clause of the conditions whose value is set, given as condition/value pairs; the values are added to
   * {@code params} in order. Empty when no value is set.
   */
  private static String where(List<Object> params, Object... conditionsAndValues) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i + 1 < conditionsAndValues.length; i += 2) {
      if (conditionsAndValues[i + 1] == null) continue;
      where.append(where.length() == 0 ? " WHERE " : " AND ").append(conditionsAndValues[i]);
      params.add(conditionsAndValues[i + 1]);
    }
    return where.toString();
  }

  /** The stored actor mentions of a document, keyed by sentence index, each list in token order. */
  public synchronized Map<Integer, List<ActorMention>> mentions(String doc) {
    ensureOpen();
    Map<Integer, List<ActorMention>> out = new LinkedHashMap<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT sentence_index, start_token, end_token, head_token, "
        + "text, code, entry, matched_by FROM actor_mentions WHERE doc = ? ORDER BY sentence_index, start_token, end_token")) {
      p.setString(1, doc);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new ActorMention(rs.getInt(2), rs.getInt(3),
              rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw failure("read mentions of " + doc, e);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Export

  /** Writes the selected events as CSV with a header line; {@code .gz} in the name compresses. */
  public void exportCsv(EventQuery q, Path out) {
    export(q, out, "FORMAT CSV, HEADER true");
  }

  /** Writes the selected events as JSON Lines, one object per event; {@code .gz} in the name compresses. */
  public void exportJsonLines(EventQuery q, Path out) {
    export(q, out, "FORMAT JSON");
  }

  /** Writes the selected events as Parquet (zstd). */
  public void exportParquet(EventQuery q, Path out) {
    export(q, out, "FORMAT PARQUET, COMPRESSION zstd");
  }

  /**
   * Has DuckDB write the events to a hidden temporary file beside {@code out}, then moves it over {@code out}
   * (atomically where the file system can), so that a failed or interrupted export leaves no partial file.
   */
  private synchronized void export(EventQuery q, Path out, String options) {
    ensureOpen();
    Path target = out.toAbsolutePath().normalize();
    Path folder = target.getParent();
    // The temporary name ends like the target, so that DuckDB's compression detection (.gz, .zst) sees the same.
    Path temp = folder.resolve(".entente-" + UUID.randomUUID() + "-" + target.getFileName());
    try {
      Files.createDirectories(folder);
      String sql = "COPY (" + selectEvents(q) + ") TO '" + temp.toString().replace("'", "''") + "' (" + options + ")";
      try (PreparedStatement p = prepare(sql, q.where().params())) {
        p.execute();
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SQLException e) {
      throw failure("export events to " + target, e);
    } catch (IOException e) {
      throw new StoreException("cannot export events to " + target + ": " + e, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Best effort: the export itself already succeeded or failed.
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Plumbing

  @Override public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  @Override public String toString() { return "EventStore[" + description + "]"; }

  /** The JDBC connection, for tests in this package. */
  Connection connection() { return connection; }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs the work in a transaction: committed when it completes, rolled back when it throws anything. */
  private void inTransaction(SqlWork work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (Throwable t) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        t.addSuppressed(rollbackFailure);
      }
      throw t;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement p = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < params.size(); i++) p.setObject(i + 1, params.get(i));
      return p;
    } catch (SQLException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  private void ensureOpen() {
    if (closed) throw new StoreException(this + " is closed");
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + " in " + description + ": " + firstLine(e), e);
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
