package org.entente.ingest;

import static org.entente.ingest.Samples.BODY_A;
import static org.entente.ingest.Samples.BODY_B;
import static org.entente.ingest.Samples.write;
import static org.entente.ingest.Samples.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path dir;
  final DocumentReader reader = new DocumentReader();
  HttpServer server;

  @AfterEach void stopServer() {
    if (server != null) server.stop(0);
  }

  static Path fixture(String name) {
    try {
      return Path.of(FeedReaderTest.class.getResource("/feeds/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] fixtureBytes(String name) {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  private static String rss(String items) {
    return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        + "<channel><title>Test Desk</title><link>https://desk.example.org/</link><description>Tests</description>"
        + items + "</channel></rss>";
  }

  private static final String PARA_1 = "The foreign ministers of Norland and Sudmark met on Friday in the border town "
      + "of Keldby and agreed to reopen the northern crossing, which has been closed to traffic for a year.";

  // ---------------------------------------------------------------- RSS 2.0

  @Test void rssItemsBecomeDocumentsAndTheEmptyOneIsReported() {
    Path file = fixture("wire.rss");
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(new IngestProblem(file.toString(), "feed entry 3: no text")), r.problems());
    assertEquals(2, r.documents().size());

    Document first = r.documents().get(0);
    assertEquals("wire-2022-0211-01", first.id());
    assertEquals("Neighbours agree to reopen the northern crossing", first.title());
    // the day as written (23:30 at UTC-5), not the next day in UTC
    assertEquals(LocalDate.of(2022, 2, 11), first.published());
    assertEquals("Maria Okafor", first.author());
    assertEquals("Sample Diplomatic Wire", first.outlet());
    assertEquals("https://wire.example.org/2022/02/11/crossing", first.url());
    assertEquals(file + "#entry-1", first.origin());
    // content:encoded wins over description; the caption and the script are gone; <br> is a line break
    assertEquals(PARA_1 + "\n\n"
        + "\"This is a first step, and the talks will go on,\" the Norland minister told reporters.\n"
        + "The Sudmark side said that customs officers would return to the post within a month.\n\n"
        + "Trade groups on both sides of the border welcomed the agreement.", first.text());
    assertEquals(map("title", "feed entry title", "published", "feed entry pubDate", "author", "feed entry author",
        "outlet", "feed channel title", "url", "feed entry link", "body", "feed entry content:encoded"),
        first.sources());

    Document second = r.documents().get(1);
    assertEquals("https://wire.example.org/2022/02/12/observers", second.id(), "no guid: the link is the id");
    assertEquals("Regional bloc offers to send election observers", second.title());
    assertEquals(LocalDate.of(2022, 2, 12), second.published());
    assertEquals("Tomas Lindqvist, Aiko Brandt", second.author());
    assertEquals(file + "#entry-2", second.origin());
    // escaped HTML in the description; <br><br> splits the paragraph; the blog's "The post ..." line is dropped
    assertEquals("A regional bloc said on Saturday that it was ready to send observers to the presidential election "
        + "in Estmark, in a letter to the electoral commission.\n\n"
        + "The government has not yet replied to the offer.\n\n"
        + "Opposition parties asked for the observers to arrive before the campaign begins.", second.text());
    assertEquals(map("title", "feed entry title", "published", "feed entry dc:date", "author", "feed entry dc:creator",
        "outlet", "feed channel title", "url", "feed entry link", "body", "feed entry description"),
        second.sources());
  }

  // ---------------------------------------------------------------- Atom

  @Test void atomEntriesBecomeDocuments() {
    Path file = fixture("briefings.atom");
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(), r.problems());
    assertEquals(3, r.documents().size());

    Document a = r.documents().get(0);
    assertEquals("urn:uuid:2f6c1f0e-0000-4000-8000-000000000002", a.id());
    assertEquals("Ceasefire talks resume & mediators report progress", a.title(), "an html title loses its markup");
    assertEquals(LocalDate.of(2022, 3, 1), a.published(), "published beats updated; the day as written");
    assertEquals("Lena Varga, Omar Haddad", a.author());
    assertEquals("Sample Policy Briefings", a.outlet());
    assertEquals("https://briefings.example.org/2022/03/01/ceasefire", a.url());
    assertEquals(file + "#entry-1", a.origin());
    assertEquals("Second round\n\n"
        + "Delegations from the two governments resumed ceasefire talks on Tuesday in a lakeside city, with "
        + "mediators from a neutral state in the chair.\n\n"
        + "Both sides agreed to exchange lists of detainees.\n\n"
        + "A joint commission will meet again in two weeks.", a.text());
    assertEquals(map("title", "feed entry title", "published", "feed entry published", "author", "feed entry author",
        "outlet", "feed title", "url", "feed entry link", "body", "feed entry content"), a.sources());

    Document b = r.documents().get(1);
    assertEquals("Coastal states sign a fisheries accord", b.title());
    assertEquals(LocalDate.of(2022, 3, 2), b.published());
    assertEquals("feed entry updated", b.source("published"));
    assertEquals("Briefings Desk", b.author(), "an entry without authors has the feed's");
    assertEquals("feed author", b.source("author"));
    assertEquals("Five coastal states signed an accord on shared fishing grounds at a meeting in the port of Marisol "
        + "on Wednesday.\n\nThe accord sets catch limits for the next three years and creates a body to settle "
        + "disputes between the fleets.", b.text(), "xhtml content");

    Document c = r.documents().get(2);
    assertEquals("Members of parliament in Norland began a debate on the border treaty with Sudmark, which the "
        + "government signed in January.\n\nA vote is expected at the end of the month, and the opposition has said "
        + "that it will support the treaty.", c.text(), "a plain-text summary keeps its paragraphs");
    assertEquals("feed entry summary", c.source("body"));
    assertNull(c.published());
    assertNull(c.source("published"));
  }

  // ---------------------------------------------------------------- broken and odd feeds

  @Test void aBrokenFeedIsOneProblem() {
    Path file = fixture("broken.rss");
    ReadResult r = reader.readFile(file);
    assertEquals(List.of(), r.documents());
    assertEquals(1, r.problems().size());
    IngestProblem p = r.problems().get(0);
    assertEquals(file.toString(), p.origin());
    assertTrue(p.reason().startsWith("not a valid RSS or Atom feed: line 8: "), p.reason());
    assertTrue(p.reason().contains("\"item\""), p.reason());
    assertFalse(p.reason().contains("\n"));
  }

  @Test void otherXmlIsNotAFeed() {
    ReadResult r = new FeedReader().read("<?xml version='1.0'?><note><to>Desk</to></note>"
        .getBytes(StandardCharsets.UTF_8), "note.rss");
    assertEquals(List.of(new IngestProblem("note.rss",
        "not a valid RSS or Atom feed: the root element is <note>, not <rss>, <feed> or <rdf:RDF>")), r.problems());
  }

  @Test void aFeedWithoutEntriesIsReported() {
    ReadResult r = new FeedReader().read(rss("").getBytes(StandardCharsets.UTF_8), "empty.rss");
    assertEquals(List.of(new IngestProblem("empty.rss", "no entries in the feed")), r.problems());
  }

  @Test void anEmptyFeedFileIsReportedLikeOtherFiles() {
    Path empty = writeBytes(dir.resolve("empty.rss"), new byte[0]);
    assertEquals(List.of(new IngestProblem(empty.toString(), "empty file")), reader.readFile(empty).problems());
  }

  @Test void nonEnglishEntriesAreSkippedUnlessTheCheckIsOff() {
    String items = "<item><guid>en-1</guid><title>Talks</title><description>" + BODY_A + "</description></item>"
        + "<item><guid>fr-1</guid><title>Accord</title><description>Les ministres des affaires étrangères se sont "
        + "réunis lundi dans la capitale et ils ont signé un accord sur la frontière avec les pays voisins, qui "
        + "sera mis en oeuvre dans les prochains mois par une commission commune.</description></item>";
    byte[] feed = rss(items).getBytes(StandardCharsets.UTF_8);
    ReadResult checked = new FeedReader().read(feed, "mixed.rss");
    assertEquals(List.of("en-1"), checked.documents().stream().map(Document::id).toList());
    assertEquals(1, checked.problems().size());
    assertEquals("mixed.rss", checked.problems().get(0).origin());
    assertTrue(checked.problems().get(0).reason().startsWith("feed entry 2: does not look like English text"),
        checked.problems().get(0).reason());

    ReadResult unchecked = new FeedReader(ReaderOptions.DEFAULT.withCheckEnglish(false)).read(feed, "mixed.rss");
    assertEquals(List.of("en-1", "fr-1"), unchecked.documents().stream().map(Document::id).toList());
    assertEquals(List.of(), unchecked.problems());
  }

  @Test void doctypesAreAllowedButNothingExternalIsLoaded() {
    Path secret = write(dir.resolve("secret.txt"), "classified-token-4711");
    String feed = "<?xml version='1.0'?>\n"
        + "<!DOCTYPE rss [<!ENTITY leak SYSTEM '" + secret.toUri() + "'>"
        + "<!ENTITY % remote SYSTEM 'http://127.0.0.1:9/rss-0.91.dtd'> %remote;]>\n"
        + "<rss version='0.91'><channel><title>Old Desk</title><link>https://old.example.org/</link>"
        + "<description>Tests</description><language>en</language>"
        + "<item><title>Envoys meet</title><link>https://old.example.org/1</link>"
        + "<description>" + BODY_A + " &leak;</description></item></channel></rss>";
    ReadResult r = new FeedReader().read(feed.getBytes(StandardCharsets.UTF_8), "old.rss");
    assertEquals(List.of(), r.problems());
    assertEquals(BODY_A.strip(), r.documents().get(0).text());
    assertFalse(r.documents().get(0).text().contains("classified"));
  }

  @Test void htmlEntitiesInAFeedAreMended() {
    String items = "<item><guid>e-1</guid><title>Talks&nbsp;resume &mdash; again</title><description>"
        + BODY_A + "</description></item>";
    Document d = new FeedReader().read(rss(items).getBytes(StandardCharsets.UTF_8), "e.rss").documents().get(0);
    assertEquals("Talks resume \u2014 again", d.title());
  }

  // ---------------------------------------------------------------- ids

  @Test void idsAreStableAndUnique() {
    String items = "<item><title>First</title><description>" + BODY_A + "</description></item>"
        + "<item><title>Second</title><description>" + BODY_B + "</description></item>"
        + "<item><link>https://desk.example.org/home</link><title>Third</title><description>" + BODY_A
        + "</description></item>"
        + "<item><link>https://desk.example.org/home</link><title>Fourth</title><description>" + BODY_B
        + "</description></item>"
        + "<item><description>" + BODY_B + "</description></item>";
    byte[] feed = rss(items).getBytes(StandardCharsets.UTF_8);
    List<String> ids = new FeedReader().read(feed, "a.rss").documents().stream().map(Document::id).toList();
    assertEquals(5, ids.size());
    assertEquals(5, new HashSet<>(ids).size(), ids.toString());
    assertTrue(ids.get(0).matches("feed-[0-9a-f]{16}"), ids.get(0));
    assertTrue(ids.get(1).matches("feed-[0-9a-f]{16}"), ids.get(1));
    assertEquals("https://desk.example.org/home", ids.get(2));
    assertTrue(ids.get(3).matches("feed-[0-9a-f]{16}"), "a link already taken gives way to a hash: " + ids.get(3));
    assertTrue(ids.get(4).matches("feed-[0-9a-f]{16}"), ids.get(4));
    // the same feed read again, from another place, gives the same ids
    assertEquals(ids, new FeedReader().read(feed, "b.rss").documents().stream().map(Document::id).toList());
    // the ids of the fixtures are their guids and Atom ids, and stay the same run after run
    assertEquals(List.of("wire-2022-0211-01", "https://wire.example.org/2022/02/12/observers"),
        reader.readFile(fixture("wire.rss")).documents().stream().map(Document::id).toList());
  }

  @Test void rss10UsesRdfAboutAndDcDate() {
    String feed = "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
        + "xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        + "<channel rdf:about='https://rdf.example.org/'><title>RDF Desk</title><link>https://rdf.example.org/</link>"
        + "<description>Tests</description></channel>"
        + "<item rdf:about='https://rdf.example.org/a'><title>Observers offered</title>"
        + "<link>https://rdf.example.org/a</link><description>" + BODY_B + "</description>"
        + "<dc:date>2022-02-05T08:30:00+01:00</dc:date><dc:creator>Sam Reporter</dc:creator></item></rdf:RDF>";
    ReadResult r = new FeedReader().read(feed.getBytes(StandardCharsets.UTF_8), "rdf.xml");
    assertEquals(List.of(), r.problems());
    Document d = r.documents().get(0);
    assertEquals("https://rdf.example.org/a", d.id());
    assertEquals("RDF Desk", d.outlet());
    assertEquals(LocalDate.of(2022, 2, 5), d.published());
    assertEquals("feed entry dc:date", d.source("published"));
    assertEquals("Sam Reporter", d.author());
    assertEquals(BODY_B.strip(), d.text());
  }

  // ---------------------------------------------------------------- files and folders

  @Test void foldersReadFeedFilesButNotXml() {
    write(dir.resolve("a/wire.rss"), new String(fixtureBytes("wire.rss"), StandardCharsets.UTF_8));
    write(dir.resolve("a/briefings.ATOM"), new String(fixtureBytes("briefings.atom"), StandardCharsets.UTF_8));
    write(dir.resolve("a/copy.xml"), new String(fixtureBytes("wire.rss"), StandardCharsets.UTF_8));
    List<Path> files = reader.expand(List.of(dir.resolve("a")), p -> { });
    assertEquals(List.of(dir.resolve("a/briefings.ATOM"), dir.resolve("a/wire.rss")), files);
    List<Document> docs = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    reader.read(List.of(dir.resolve("a")), docs::add, problems::add);
    assertEquals(5, docs.size());
    assertEquals(List.of(new IngestProblem(dir.resolve("a/wire.rss").toString(), "feed entry 3: no text")), problems);
  }

  @Test void anXmlFileGivenByNameIsSniffed() {
    Path feed = write(dir.resolve("news.xml"), new String(fixtureBytes("briefings.atom"), StandardCharsets.UTF_8));
    ReadResult r = reader.readFile(feed);
    assertEquals(3, r.documents().size());
    assertEquals(feed + "#entry-1", r.documents().get(0).origin());

    // not a feed: read as text, as before
    Path other = write(dir.resolve("note.xml"), "<note>" + BODY_A + "</note>\n");
    ReadResult text = reader.readFile(other);
    assertEquals(List.of(), text.problems());
    assertEquals("note.xml", text.documents().get(0).id());
  }

  @Test void sniffing() {
    assertTrue(FeedReader.looksLikeFeed(fixtureBytes("wire.rss")));
    assertTrue(FeedReader.looksLikeFeed(fixtureBytes("briefings.atom")));
    assertTrue(FeedReader.looksLikeFeed("\uFEFF<!-- c --><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'/>"
        .getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.looksLikeFeed("<feed><entry/></feed>".getBytes(StandardCharsets.UTF_8)), "not Atom's");
    assertFalse(FeedReader.looksLikeFeed("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.looksLikeFeed(BODY_A.getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedReader.looksLikeFeed(new byte[0]));
  }

  @Test void htmlToText() {
    assertEquals("One.\n\nTwo\nthree.\n\nFour.", FeedReader.htmlToText("<p>One.</p> Two<br>three.<br><br>Four."));
    assertEquals("Kept.", FeedReader.htmlToText("<div><style>p{}</style><p>Kept.</p><iframe>x</iframe></div>"));
    assertEquals("A b c.", FeedReader.htmlToText("<p>A\n   <em>b</em>&nbsp;c.</p>"));
  }

  // ---------------------------------------------------------------- URLs

  private String serve(String path, String contentType, byte[] body, int status) throws IOException {
    return serve(path, contentType, body, status, false);
  }

  private String serve(String path, String contentType, byte[] body, int status, boolean chunked) throws IOException {
    if (server == null) {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.start();
    }
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    return "http://localhost:" + server.getAddress().getPort() + path;
  }

  @Test void aFeedUrlIsReadEntryByEntry() throws IOException {
    String url = serve("/wire", "application/rss+xml; charset=utf-8", fixtureBytes("wire.rss"), 200);
    List<Document> docs = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    reader.readUrl(url, docs::add, problems::add);
    assertEquals(List.of("wire-2022-0211-01", "https://wire.example.org/2022/02/12/observers"),
        docs.stream().map(Document::id).toList());
    assertEquals(url + "#entry-1", docs.get(0).origin());
    assertEquals("Sample Diplomatic Wire", docs.get(0).outlet());
    assertEquals(List.of(new IngestProblem(url, "feed entry 3: no text")), problems);
  }

  @Test void aFeedServedAsPlainXmlIsKnownByItsRootElement() throws IOException {
    String url = serve("/briefings", "text/xml", fixtureBytes("briefings.atom"), 200);
    List<Document> docs = new ArrayList<>();
    reader.readUrl(url, docs::add, p -> { throw new AssertionError(p.toString()); });
    assertEquals(3, docs.size());
    assertEquals("Sample Policy Briefings", docs.get(0).outlet());
  }

  @Test void anHtmlUrlIsReadAsAPage() throws IOException {
    String html = "<html><head><title>Crossing to reopen</title></head><body><article><p>" + BODY_A
        + "</p><p>" + BODY_B + "</p></article></body></html>";
    String url = serve("/story", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), 200);
    List<Document> docs = new ArrayList<>();
    reader.readUrl(url, docs::add, p -> { throw new AssertionError(p.toString()); });
    assertEquals(1, docs.size());
    Document d = docs.get(0);
    assertEquals(url, d.id());
    assertEquals(url, d.origin());
    assertEquals(url, d.url());
    assertEquals("Crossing to reopen", d.title());
    assertEquals(BODY_A.strip() + "\n\n" + BODY_B.strip(), d.text());
  }

  @Test void aSlowServerTimesOut() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    String url = "http://localhost:" + server.getAddress().getPort() + "/slow";
    List<IngestProblem> problems = new ArrayList<>();
    UrlReader.read(url, ReaderOptions.DEFAULT, java.time.Duration.ofSeconds(1),
        d -> { throw new AssertionError(d.id()); }, problems::add);
    assertEquals(1, problems.size());
    assertEquals(url, problems.get(0).origin());
    assertTrue(problems.get(0).reason().matches("cannot read: no (complete )?answer within 1 s"),
        problems.get(0).reason());
  }

  @Test void urlFailuresAreOneProblemEach() throws IOException {
    String missing = serve("/missing", "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8), 404);
    String big = serve("/big", "application/rss+xml", fixtureBytes("wire.rss"), 200);
    String streamed = serve("/streamed", "application/rss+xml", fixtureBytes("wire.rss"), 200, true);
    List<IngestProblem> problems = new ArrayList<>();
    reader.readUrl(missing, d -> { throw new AssertionError(d.id()); }, problems::add);
    DocumentReader small = new DocumentReader(ReaderOptions.DEFAULT.withMaxBytes(1000));
    small.readUrl(big, d -> { throw new AssertionError(d.id()); }, problems::add);
    small.readUrl(streamed, d -> { throw new AssertionError(d.id()); }, problems::add);
    reader.readUrl("https://", d -> { throw new AssertionError(d.id()); }, problems::add);
    assertEquals(List.of(
        new IngestProblem(missing, "cannot read: HTTP status 404"),
        new IngestProblem(big, "too large (" + Text.size(fixtureBytes("wire.rss").length) + " > 1000 bytes)"),
        new IngestProblem(streamed, "too large (over 1000 bytes)"),
        new IngestProblem("https://", "not a valid http or https URL")), problems);
    assertTrue(DocumentReader.isUrl("HTTPS://example.org/feed"));
    assertFalse(DocumentReader.isUrl("ftp://example.org/feed"));
    assertFalse(DocumentReader.isUrl("feeds/wire.rss"));
  }
}
