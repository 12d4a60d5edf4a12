package org.entente.store;

import static org.entente.store.Fixtures.annotated;
import static org.entente.store.Fixtures.document;
import static org.entente.store.Fixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.core.ActorMention;
import org.entente.core.AnnotatedDocument;
import org.entente.core.Document;
import org.entente.core.Event;
import org.entente.core.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {
  @TempDir Path dir;

  private static final Document D1 = document("d1", "Russia and China sign deal",
      "Russia signed a deal with China. The United States criticised Russia. Ukraine said \"no\", firmly.");

  private static List<Event> d1Events() {
    return List.of(
        event("d1", 1, "RUSGOV", "CHN", "057", 1, 8.0),
        event("d1", 2, "USA", "RUS", "111", 3, -2.0),
        event("d1", 3, "UKR", null, "014", 1, 0.0));
  }

  private static Map<Integer, List<ActorMention>> d1Mentions() {
    return Map.of(
        1, List.of(new ActorMention(0, 1, 0, "Russia", "RUS", "Russia", "name"),
            new ActorMention(5, 6, 5, "China", "CHN", "China", "name")),
        2, List.of(new ActorMention(0, 3, 2, "The United States", "USA", "United States", "alias")));
  }

  private static long scalar(EventStore store, String sql) throws SQLException {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> column(EventStore store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }

  @Test
  void roundTripThroughAFile() throws Exception {
    Path file = dir.resolve("sub/entente.duckdb");
    AnnotatedDocument annotated = annotated(D1);
    try (EventStore store = EventStore.open(file)) {
      assertEquals(0, store.documentCount());
      store.store(annotated, d1Mentions(), d1Events());
    }
    assertTrue(Files.exists(file));
    try (EventStore store = EventStore.open(file)) {
      assertEquals(EventStore.SCHEMA_VERSION, store.schemaVersion());
      assertEquals(1, store.documentCount());
      assertEquals(3, store.eventCount());
      assertEquals(d1Events(), store.events(EventQuery.all()));
      assertEquals(D1, store.document("d1").orElseThrow());
      assertTrue(store.document("nope").isEmpty());
      assertEquals(Map.of(1, d1Mentions().get(1), 2, d1Mentions().get(2)), store.mentions("d1"));
      assertTrue(store.hasDocument("d1", EventStore.contentHash(D1)));
      assertFalse(store.hasDocument("d1", "0".repeat(64)));
      assertFalse(store.hasDocument("d2", EventStore.contentHash(D1)));

      // Sentences: as many as the annotated document has, with their offsets and text.
      assertEquals(annotated.sentences().size(), scalar(store, "SELECT count(*) FROM sentences WHERE doc = 'd1'"));
      assertEquals(List.of(annotated.sentences().get(3).text()),
          column(store, "SELECT text FROM sentences WHERE doc = 'd1' AND idx = 3"));
      assertEquals(annotated.sentences().get(3).begin(),
          scalar(store, "SELECT char_start FROM sentences WHERE doc = 'd1' AND idx = 3"));
      // Derived and bookkeeping columns.
      assertEquals(List.of("05", "11", "01"), column(store, "SELECT root FROM events ORDER BY seq"));
      assertEquals(List.of("actual"), column(store, "SELECT DISTINCT status FROM events"));
      assertEquals(List.of("2021-12-15"), column(store, "SELECT CAST(published AS VARCHAR) FROM documents"));
      assertEquals(1, scalar(store, "SELECT count(*) FROM documents WHERE ingested_at IS NOT NULL"));
      assertEquals(List.of(EventStore.eventId(d1Events().get(0))),
          column(store, "SELECT id FROM events WHERE cameo = '057'"));
    }
  }

  @Test
  void contentHashAndEventIdAreDeterministicAndSensitive() {
    String h = EventStore.contentHash(D1);
    assertTrue(h.matches("[0-9a-f]{64}"), h);
    assertEquals(h, EventStore.contentHash(document("d1", D1.title(), D1.text())));
    assertNotEquals(h, EventStore.contentHash(document("d1", D1.title(), D1.text() + " ")));
    assertNotEquals(h, EventStore.contentHash(document("d1", "Other title", D1.text())));
    assertNotEquals(h, EventStore.contentHash(document("d2", D1.title(), D1.text())));
    assertNotEquals(h, EventStore.contentHash(new Document("d1", D1.text(), D1.title(), LocalDate.of(2020, 1, 1),
        null, null, null, null)));
    assertNotEquals(EventStore.contentHash(new Document("x", "t", null, null, null, null, null, null)),
        EventStore.contentHash(new Document("x", "t", "", null, null, null, null, null)));
    // Outlet and origin do not change what is coded: same hash.
    assertEquals(h, EventStore.contentHash(new Document("d1", D1.text(), D1.title(), D1.published(), "Other", null,
        null, "elsewhere.jsonl:9")));

    Event e = d1Events().get(0);
    assertEquals(EventStore.eventId(e), EventStore.eventId(event("d1", 1, "RUSGOV", "CHN", "057", 1, 8.0)));
    assertTrue(EventStore.eventId(e).matches("[0-9a-f]{32}"));
    assertNotEquals(EventStore.eventId(e), EventStore.eventId(event("d1", 1, "RUSGOV", "CHN", "046", 1, 8.0)));
    assertNotEquals(EventStore.eventId(e), EventStore.eventId(event("d1", 2, "RUSGOV", "CHN", "057", 1, 8.0)));
  }

  @Test
  void storingAgainReplacesWithoutDuplicates() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      Document other = document("d2", null, "France met Germany.");
      store.store(annotated(other), List.of(event("d2", 0, "FRA", "DEU", "036", 1, 4.0)));
      store.store(annotated(D1), d1Mentions(), d1Events());
      List<String> ids = column(store, "SELECT id FROM events WHERE doc = 'd1' ORDER BY id");

      store.store(annotated(D1), d1Mentions(), d1Events());
      assertEquals(2, store.documentCount());
      assertEquals(4, store.eventCount());
      assertEquals(ids, column(store, "SELECT id FROM events WHERE doc = 'd1' ORDER BY id"));
      assertEquals(3, scalar(store, "SELECT count(*) FROM actor_mentions WHERE doc = 'd1'"));
      assertEquals(annotated(D1).sentences().size(), scalar(store, "SELECT count(*) FROM sentences WHERE doc = 'd1'"));

      // A new version of d1: fewer sentences, one event, no mentions. Everything old about d1 goes.
      Document d1b = document("d1", "Russia and China sign deal", "Russia signed a deal with China.");
      store.store(annotated(d1b), List.of(event("d1", 1, "RUS", "CHN", "057", 1, 8.0)));
      assertEquals(2, store.documentCount());
      assertEquals(2, store.eventCount());
      assertEquals(List.of("RUS"), column(store, "SELECT source FROM events WHERE doc = 'd1'"));
      assertEquals(0, scalar(store, "SELECT count(*) FROM actor_mentions WHERE doc = 'd1'"));
      assertEquals(2, scalar(store, "SELECT count(*) FROM sentences WHERE doc = 'd1'"));
      assertTrue(store.hasDocument("d1", EventStore.contentHash(d1b)));
      assertFalse(store.hasDocument("d1", EventStore.contentHash(D1)));
      // d2 untouched.
      assertEquals(List.of(event("d2", 0, "FRA", "DEU", "036", 1, 4.0)),
          store.events(EventQuery.builder().doc("d2").build()));

      assertTrue(store.deleteDocument("d1"));
      assertFalse(store.deleteDocument("d1"));
      assertEquals(1, store.documentCount());
      assertEquals(1, store.eventCount());
      assertEquals(0, scalar(store, "SELECT count(*) FROM sentences WHERE doc = 'd1'"));
    }
  }

  @Test
  void duplicateEventsAreStoredOnceAndIdCollisionsGetASuffix() throws Exception {
    try (EventStore store = EventStore.inMemory()) {
      Event a = event("d1", 1, "RUS", "CHN", "057", 1, 8.0);
      // Same id key (doc, sentence, source, target, cameo, trigger) but a different status: a different event.
      Event b = event("d1", 1, "RUS", "CHN", "057", 1, 8.0, EventStatus.NEGATED, null, false, 0.5);
      store.store(annotated(D1), List.of(a, a, b));
      assertEquals(List.of(a, b), store.events(EventQuery.all()));
      String id = EventStore.eventId(a);
      assertEquals(List.of(id, id + "-2"), column(store, "SELECT id FROM events ORDER BY seq"));
    }
  }

  @Test
  void aFailingStoreLeavesThePreviousContentIntact() throws Exception {
    Path file = dir.resolve("e.duckdb");
    try (EventStore store = EventStore.open(file)) {
      store.store(annotated(D1), d1Mentions(), d1Events());
      long sentences = scalar(store, "SELECT count(*) FROM sentences");

      // A new version of d1 with many events; the very last one has no CAMEO code (NOT NULL), so the failure comes
      // after the document, its sentences, mentions and several chunks of events were written in the transaction.
      Document d1b = document("d1", "Changed title", D1.text() + " More text follows. And more.");
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < 500; i++) events.add(event("d1", i % 5, "FRA", "DEU" + i, "036", 1, 4.0));
      events.add(event("d1", 1, "FRA", "DEU", null, 1, 4.0));
      StoreException failure = assertThrows(StoreException.class,
          () -> store.store(annotated(d1b), Map.of(0, List.of(new ActorMention(0, 1, 0, "France", "FRA", "France", "name"))), events));
      assertTrue(failure.getMessage().contains("d1"), failure.getMessage());

      // A source missing (NOT NULL) fails the same way.
      assertThrows(StoreException.class, () -> store.store(annotated(d1b),
          List.of(event("d1", 1, null, "DEU", "036", 1, 4.0))));
      // An event of another document is refused before anything is written.
      assertThrows(IllegalArgumentException.class, () -> store.store(annotated(d1b),
          List.of(event("d9", 1, "FRA", "DEU", "036", 1, 4.0))));
      // A brand-new document that fails leaves no trace either.
      assertThrows(StoreException.class, () -> store.store(annotated(document("d3", null, "Text.")),
          List.of(event("d3", 0, "FRA", "DEU", "036", 1, 4.0, null, null, false, 1.0))));

      assertEquals(D1, store.document("d1").orElseThrow());
      assertTrue(store.hasDocument("d1", EventStore.contentHash(D1)));
      assertEquals(d1Events(), store.events(EventQuery.all()));
      assertEquals(sentences, scalar(store, "SELECT count(*) FROM sentences"));
      assertEquals(3, scalar(store, "SELECT count(*) FROM actor_mentions"));
      assertEquals(1, store.documentCount());
      assertTrue(store.document("d3").isEmpty());

      // The store is still usable after the failures.
      store.store(annotated(d1b), events.subList(0, 500));
      assertEquals(500, store.eventCount());
      assertEquals("Changed title", store.document("d1").orElseThrow().title());
    }
    // And what is on disk is the last successful store.
    try (EventStore store = EventStore.open(file)) {
      assertEquals(500, store.eventCount());
    }
  }

  private static EventStore queryFixture() {
    EventStore store = EventStore.inMemory();
    store.store(annotated(document("a", null, "A.")), List.of(
        event("a", 0, "RUSGOV", "CHNGOV", "057", 1, 8.0, EventStatus.ACTUAL, "2021-12-15", false, 0.9),
        event("a", 0, "RUSMIL", "UKR", "190", 4, -10.0, EventStatus.ACTUAL, "2021-12", false, 0.8),
        event("a", 1, "RUS", "CHN", "036", 1, 4.0, EventStatus.HYPOTHETICAL, "2022-01-03", false, 0.4)));
    store.store(annotated(document("b", null, "B.")), List.of(
        event("b", 0, "USA", "RUS", "111", 3, -2.0, EventStatus.ACTUAL, "2021", true, 0.95),
        event("b", 2, "USAGOV", "RUSGOV", "112", 3, -2.0, EventStatus.NEGATED, null, false, 0.6),
        event("b", 1, "UKR", null, "014", 1, 0.0, EventStatus.ACTUAL, "2021-11-30", false, 0.7),
        event("b", 3, "RUS", "CHNGOV", "057", 1, 6.0, EventStatus.ACTUAL, "2021-12-20", false, 0.9)));
    return store;
  }

  private static List<String> keys(List<Event> events) {
    return events.stream().map(e -> e.doc() + e.sentenceIndex() + ":" + e.cameo()).toList();
  }

  @Test
  void countsByQuadAndTopDyads() {
    try (EventStore store = queryFixture()) {
      assertEquals(2, store.documentCount());
      assertEquals(7, store.eventCount());
      assertEquals(Map.of(1, 4L, 3, 2L, 4, 1L), store.eventsByQuad());
      assertEquals(List.of(1, 3, 4), List.copyOf(store.eventsByQuad().keySet()));
      assertEquals(Map.of(1, 2L, 4, 1L), store.eventsByQuad(EventQuery.builder().doc("a").build()));

      List<DyadCount> dyads = store.topDyads(10);
      assertEquals(List.of(
          new DyadCount("RUS", "CHN", 3, 6.0),
          new DyadCount("USA", "RUS", 2, -2.0),
          new DyadCount("RUS", "UKR", 1, -10.0)), dyads);
      assertEquals(dyads.subList(0, 2), store.topDyads(2));
      assertEquals(List.of(new DyadCount("RUS", "CHN", 2, 7.0)),
          store.topDyads(EventQuery.builder().root("05").build(), 5));
      assertEquals(List.of(), store.topDyads(0));
    }
  }

  @Test
  void eventFilters() {
    try (EventStore store = queryFixture()) {
      assertEquals(List.of("a0:057", "a0:190", "a1:036", "b0:111", "b1:014", "b2:112", "b3:057"),
          keys(store.events(EventQuery.all())));
      assertEquals(List.of("b0:111", "b1:014", "b2:112", "b3:057"), keys(store.events(EventQuery.builder().doc("b").build())));
      assertEquals(List.of("a0:057", "a0:190", "a1:036", "b3:057"),
          keys(store.events(EventQuery.builder().sourcePrefix("RUS").build())));
      assertEquals(List.of("a0:190"), keys(store.events(EventQuery.builder().sourcePrefix("RUSMIL").build())));
      assertEquals(List.of("a0:057", "b3:057"), keys(store.events(EventQuery.builder().targetPrefix("CHNGOV").build())));
      assertEquals(List.of("a0:057", "b3:057"), keys(store.events(EventQuery.builder().root("05").build())));
      assertEquals(List.of("a1:036"), keys(store.events(EventQuery.builder().status(EventStatus.HYPOTHETICAL).build())));
      assertEquals(List.of("b0:111"), keys(store.events(EventQuery.builder().background(true).build())));
      assertEquals(6, store.events(EventQuery.builder().background(false).build()).size());
      assertEquals(List.of("a0:057", "b0:111", "b3:057"),
          keys(store.events(EventQuery.builder().minConfidence(0.9).build())));
      assertEquals(List.of("b0:111", "b2:112"), keys(store.events(EventQuery.builder().quad(3).build())));
      assertEquals(List.of("a0:057", "a0:190"), keys(store.events(EventQuery.builder().limit(2).build())));
      assertEquals(2, store.eventCount(EventQuery.builder().limit(2).build()));
      assertEquals(4, store.eventCount(EventQuery.builder().sourcePrefix("RUS").build()));

      // Dates: partial dates overlap the range; undated events drop out once a bound is given.
      assertEquals(List.of("a0:057", "a0:190", "b0:111", "b3:057"), keys(store.events(EventQuery.builder()
          .from(LocalDate.of(2021, 12, 1)).to(LocalDate.of(2021, 12, 31)).build())));
      assertEquals(List.of("a0:057", "a0:190", "b0:111", "b3:057"), keys(store.events(EventQuery.builder()
          .from(LocalDate.of(2021, 12, 15)).to(LocalDate.of(2021, 12, 20)).build())));
      assertEquals(List.of("a1:036"), keys(store.events(EventQuery.builder().from(LocalDate.of(2022, 1, 1)).build())));
      assertEquals(List.of("b0:111", "b1:014"), keys(store.events(EventQuery.builder().to(LocalDate.of(2021, 11, 30)).build())));

      // Combined.
      assertEquals(List.of("b3:057"), keys(store.events(EventQuery.builder().sourcePrefix("RUS").root("05")
          .from(LocalDate.of(2021, 12, 16)).status(EventStatus.ACTUAL).background(false).minConfidence(0.5).build())));
      // A quote in a value is a parameter, not SQL.
      assertEquals(List.of(), store.events(EventQuery.builder().doc("a' OR '1'='1").build()));

      assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().limit(-1).build());
      assertThrows(IllegalArgumentException.class,
          () -> EventQuery.builder().from(LocalDate.of(2022, 1, 1)).to(LocalDate.of(2021, 1, 1)).build());
      EventQuery q = EventQuery.builder().sourcePrefix("RUS").limit(3).build();
      assertEquals(q, q.toBuilder().build());
    }
  }

  @Test
  void exportsWriteEveryRowAndLeaveNoTemporaryFiles() throws Exception {
    Path out = dir.resolve("out");
    try (EventStore store = queryFixture()) {
      // A sentence with quotes, a comma, a backslash and a newline must survive every format.
      String tricky = "He said \"no\", then left.\nC:\\path ü";
      Event e = d1Events().get(0);
      store.store(annotated(D1), List.of(new Event("d1", 1, tricky, 0, 10, e.source(), e.sourceText(), e.target(),
          e.targetText(), e.cameo(), e.quad(), e.goldstein(), e.plover(), e.status(), e.date(), e.background(),
          e.trigger(), e.confidence(), e.rule())));

      EventQuery all = EventQuery.all();
      EventQuery rus = EventQuery.builder().sourcePrefix("RUS").build();
      store.exportCsv(all, out.resolve("all.csv"));
      store.exportJsonLines(all, out.resolve("all.jsonl"));
      store.exportParquet(all, out.resolve("all.parquet"));
      store.exportParquet(rus, out.resolve("rus.parquet"));
      store.exportCsv(rus, out.resolve("rus.csv.gz"));
      // Exporting again overwrites.
      Files.writeString(out.resolve("rus.jsonl"), "stale\nstale\nstale\nstale\nstale\nstale\nstale\nstale\nstale\n");
      store.exportJsonLines(rus, out.resolve("rus.jsonl"));

      try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
        assertEquals(8, count(s, "read_csv('" + out.resolve("all.csv") + "', header = true)"));
        assertEquals(8, count(s, "read_json('" + out.resolve("all.jsonl") + "', format = 'newline_delimited')"));
        assertEquals(8, count(s, "read_parquet('" + out.resolve("all.parquet") + "')"));
        assertEquals(5, count(s, "read_parquet('" + out.resolve("rus.parquet") + "')"));
        assertEquals(5, count(s, "read_csv('" + out.resolve("rus.csv.gz") + "', header = true)"));
        assertEquals(5, count(s, "read_json('" + out.resolve("rus.jsonl") + "', format = 'newline_delimited')"));
        for (String source : List.of("read_csv('" + out.resolve("all.csv") + "', header = true)",
            "read_json('" + out.resolve("all.jsonl") + "', format = 'newline_delimited')",
            "read_parquet('" + out.resolve("all.parquet") + "')")) {
          try (ResultSet rs = s.executeQuery("SELECT sentence FROM " + source + " WHERE doc = 'd1'")) {
            assertTrue(rs.next(), source);
            assertEquals(tricky, rs.getString(1), source);
          }
          try (ResultSet rs = s.executeQuery("SELECT string_agg(source || '>' || cameo, ',' ORDER BY doc, sentence_index, cameo) "
              + "FROM " + source + " WHERE doc = 'a'")) {
            rs.next();
            assertEquals("RUSGOV>057,RUSMIL>190,RUS>036", rs.getString(1), source);
          }
        }
        try (ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out.resolve("all.parquet") + "')")) {
          List<String> columns = new ArrayList<>();
          while (rs.next()) columns.add(rs.getString(1));
          assertEquals(EventStore.EVENT_COLUMNS, columns);
        }
      }
      // JSON Lines: one line per event.
      assertEquals(8, Files.readAllLines(out.resolve("all.jsonl")).size());
      try (var files = Files.list(out)) {
        assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList());
      }
    }
  }

  private static long count(Statement s, String from) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void concurrentStoresFromSeveralThreads() throws Exception {
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 30; i++) {
            // Documents 0..59 are stored by several threads each: replacements race with each other.
            String id = "doc" + ((thread * 30 + i) % 60);
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < 10; k++) events.add(event(id, k, "RUS", "UKR" + k, "190", 4, -10.0));
            store.store(annotated(document(id, null, "Text of " + id + ".")), events);
            store.eventCount();
          }
        }));
      }
      for (Future<?> f : futures) f.get();
      pool.shutdown();
      assertEquals(60, store.documentCount());
      assertEquals(600, store.eventCount());
      assertEquals(60, scalar(store, "SELECT count(*) FROM sentences"));
    }
  }

  @Test
  void thousandsOfEventsStoreFast() {
    try (EventStore store = EventStore.open(dir.resolve("e.duckdb"))) {
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < 5000; i++) events.add(event("big", i / 10, "RUS", "UKR" + i, "190", 4, -10.0));
      store.store(annotated(document("big", null, "Warm-up.")), events.subList(0, 100));
      long t0 = System.nanoTime();
      store.store(annotated(document("big", null, "Big.")), events);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      System.out.println("stored 5000 events in " + ms + " ms");
      assertEquals(5000, store.eventCount());
      assertTrue(ms < 10_000, "5000 events took " + ms + " ms");
    }
  }

  @Test
  void refusesWhatIsNotAnEntenteStore() throws Exception {
    Path foreign = dir.resolve("foreign.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + foreign); Statement s = db.createStatement()) {
      s.execute("CREATE TABLE stuff(x INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> EventStore.open(foreign));
    assertTrue(e.getMessage().contains("not an Entente store"), e.getMessage());

    Path newer = dir.resolve("newer.duckdb");
    EventStore.open(newer).close();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + newer); Statement s = db.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    e = assertThrows(StoreException.class, () -> EventStore.open(newer));
    assertTrue(e.getMessage().contains("newer"), e.getMessage());

    EventStore store = EventStore.inMemory();
    store.close();
    store.close();
    assertThrows(StoreException.class, store::eventCount);
  }

  @Test
  void anotherProcessIsRefusedWhileTheStoreIsOpenAndSeesTheDataAfterwards() throws Exception {
    Path file = dir.resolve("e.duckdb");
    try (EventStore store = EventStore.open(file)) {
      store.store(annotated(D1), d1Events());
      String out = openFromAnotherProcess(file);
      assertTrue(out.startsWith("REFUSED ") && out.contains("another process"), out);
    }
    assertEquals("OPENED 3", openFromAnotherProcess(file));
  }

  private static String openFromAnotherProcess(Path file) throws Exception {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
        OpenFromAnotherProcess.class.getName(), file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "child did not finish");
    return out.lines().filter(l -> l.startsWith("OPENED") || l.startsWith("REFUSED")).findFirst().orElse(out);
  }
}
