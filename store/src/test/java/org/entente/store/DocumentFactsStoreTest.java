package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Duplicate;
import org.entente.core.Figure;
import org.entente.core.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document facts, quotations, figures and duplicate links in a real DuckDB file. */
class DocumentFactsStoreTest {
  @TempDir Path dir;

  static final Document DOC = new Document("d1", "Envoys met in Lima. They said \"talks went well\".", "Envoys meet",
      null, "Sample Wire", "A. Writer", null, "in.txt", "2022-01",
      Map.of("published", "estimated: latest date 'January 1' (placed in 2022)", "title", "first line (line 1)"));

  static Quote quote(String doc, String text) {
    return new Quote(doc, 2, 40, 40 + text.length(), text, "the envoys", "PERGOV", "reporting-verb");
  }

  static Figure figure(String doc) {
    return new Figure(doc, 1, 5, 20, "$140 billion", "money", 1.4e11, "USD", null, "trade", "2021",
        List.of("RUS", "CHN"), "Trade reached $140 billion.");
  }

  @Test void quotesFiguresAndFactsRoundTripAndAreReplacedTogether() {
    Path db = dir.resolve("facts.duckdb");
    try (EventStore store = EventStore.open(db)) {
      AnnotatedDocument a = Fixtures.annotated(DOC);
      store.store(a, Map.of(), List.of(), List.of(quote("d1", "talks went well"), quote("d1", "soon")),
          List.of(figure("d1")));
    }
    try (EventStore store = EventStore.open(db)) {
      EventStore.DocumentRow row = store.documents("d1", 0).get(0);
      assertEquals("2022-01", row.published());
      assertEquals("Envoys meet", row.title());
      assertEquals(DOC.sources(), row.sources());
      assertEquals(2, row.quotes());
      assertEquals(1, row.figures());
      assertNull(row.duplicateOf());
      assertEquals(List.of(quote("d1", "talks went well"), quote("d1", "soon")), store.quotes("d1", null, 0));
      assertEquals(1, store.quotes(null, "PER", 1).size());
      assertEquals(List.of(), store.quotes(null, "CHN", 0));
      assertEquals(List.of(figure("d1")), store.figures(null, "money", 0));
      assertEquals(List.of(), store.figures(null, "percent", 0));
      // storing again replaces, never adds
      store.store(Fixtures.annotated(DOC), Map.of(), List.of(), List.of(quote("d1", "new")), List.of());
      assertEquals(List.of(quote("d1", "new")), store.quotes(null, null, 0));
      assertEquals(List.of(), store.figures(null, null, 0));
      assertTrue(store.deleteDocument("d1"));
      assertEquals(List.of(), store.quotes(null, null, 0));
    }
  }

  @Test void aDuplicateIsStoredOnceWithItsLinkAndNothingCoded() {
    try (EventStore store = EventStore.inMemory()) {
      store.store(Fixtures.annotated(DOC), Map.of(), List.of(Fixtures.event("d1", 1, "PER", "CHL", "036", 1, 4)),
          List.of(), List.of());
      Document copy = new Document("d2", DOC.text(), "Copy", null, null, null, null, "copy.txt");
      store.storeDuplicate(copy, new Duplicate("d2", "d1", 0.93, false));
      EventStore.DocumentRow row = store.documents("d2", 0).get(0);
      assertEquals("d1", row.duplicateOf());
      assertEquals(0.93, row.duplicateSimilarity(), 1e-9);
      assertEquals(0, row.events());
      assertEquals(1, store.eventCount());
      assertEquals(2, store.documents(null, 0).size());
      assertThrows(IllegalArgumentException.class,
          () -> store.storeDuplicate(copy, new Duplicate("other", "d1", 1.0, true)));
    }
  }

  @Test void aMismatchedQuoteWritesNothing() {
    try (EventStore store = EventStore.inMemory()) {
      assertThrows(IllegalArgumentException.class, () -> store.store(Fixtures.annotated(DOC), Map.of(), List.of(),
          List.of(quote("other", "x")), List.of()));
      assertEquals(0, store.documentCount());
    }
  }

  @Test void aVersionOneStoreIsMigratedKeepingItsData() throws SQLException {
    Path db = dir.resolve("v1.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
      s.execute("INSERT INTO meta VALUES ('schema_version', '1')");
      s.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, outlet VARCHAR, "
          + "author VARCHAR, url VARCHAR, origin VARCHAR, content_hash VARCHAR NOT NULL, text VARCHAR NOT NULL, "
          + "ingested_at TIMESTAMP NOT NULL)");
      s.execute("INSERT INTO documents VALUES ('old', 'Old', DATE '2021-12-15', 'W', 'A', NULL, 'o.txt', 'h', 'Text.', "
          + "TIMESTAMP '2026-01-01 00:00:00')");
      s.execute("CREATE TABLE sentences (doc VARCHAR NOT NULL, idx INTEGER NOT NULL, char_start INTEGER NOT NULL, "
          + "char_end INTEGER NOT NULL, text VARCHAR NOT NULL, PRIMARY KEY (doc, idx))");
      s.execute("CREATE TABLE actor_mentions (doc VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, start_token "
          + "INTEGER NOT NULL, end_token INTEGER NOT NULL, head_token INTEGER, text VARCHAR, code VARCHAR NOT NULL, "
          + "entry VARCHAR, matched_by VARCHAR)");
      s.execute("CREATE TABLE events (id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, seq INTEGER NOT NULL, "
          + "sentence_index INTEGER NOT NULL, sentence VARCHAR, char_start INTEGER, char_end INTEGER, source VARCHAR "
          + "NOT NULL, source_text VARCHAR, target VARCHAR, target_text VARCHAR, cameo VARCHAR NOT NULL, root VARCHAR "
          + "NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, status VARCHAR NOT NULL, "
          + "date VARCHAR, background BOOLEAN NOT NULL, trigger VARCHAR, confidence DOUBLE NOT NULL, rule VARCHAR)");
    }
    try (EventStore store = EventStore.open(db)) {
      assertEquals(EventStore.SCHEMA_VERSION, store.schemaVersion());
      EventStore.DocumentRow row = store.documents("old", 0).get(0);
      assertEquals("2021-12-15", row.published());
      assertEquals("Old", row.title());
      store.store(Fixtures.annotated(DOC), Map.of(), List.of(), List.of(quote("d1", "q")), List.of(figure("d1")));
      assertEquals(1, store.quotes(null, null, 0).size());
    }
  }

  @Test void sourcesSurviveAwkwardCharacters() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("title", "line 1 'A \"quoted\" \\ title'\twith\ttabs\nand a break");
    m.put("published", "estimated: é ü 中文");
    assertEquals(m, Json.parseObject(Json.object(m)));
    assertNull(Json.object(Map.of()));
    assertEquals(Map.of(), Json.parseObject(null));
  }
}
