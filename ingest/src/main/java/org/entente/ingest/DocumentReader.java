package org.entente.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.entente.core.Document;
import org.entente.core.IngestProblem;

/**
 * Reads documents from text files, JSON Lines files, HTML pages, RSS and Atom feeds and folders of them, and from
 * http(s) URLs ({@link #readUrl}).
 *
 * <p>Nothing stops a run: every file or line that cannot become a document is reported once, as an
 * {@link IngestProblem} naming the file (and line) and the reason, and reading goes on with the
 * next one. Typical use:
 *
 * <pre>{@code
 * reader.read(paths, documents::add, problem -> System.err.println(problem));
 * }</pre>
 *
 * or, to show progress over a known number of files:
 *
 * <pre>{@code
 * List<Path> files = reader.expand(paths, problems);
 * Consumer<Document> unique = new UniqueIdFilter(sink, problems);
 * for (Path file : files) { reader.readFile(file, unique, problems); progress.step(); }
 * }</pre>
 *
 * <p>A reader holds only its options; it may be shared between threads.
 */
public final class DocumentReader {
  /** Extensions (lower case, no dot) read from folders as plain text. */
  public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");
  /** Extensions (lower case, no dot) read as JSON Lines, in folders or given explicitly. */
  public static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");
  /** Extensions (lower case, no dot) read as HTML pages, in folders or given explicitly. */
  public static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");
  /**
   * Extensions (lower case, no dot) read as RSS or Atom feeds, in folders or given explicitly; a {@code .xml} file
   * given explicitly (never from a folder) is read as a feed too when its root element is rss, feed or rdf:RDF.
   */
  public static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom");

  private final ReaderOptions options;
  private final ObjectMapper json;

  public DocumentReader() {
    this(ReaderOptions.DEFAULT);
  }

  public DocumentReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) options.maxBytes())
            .build())
        .build();
    this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public ReaderOptions options() {
    return options;
  }

  // ---------------------------------------------------------------- the whole run

  /**
   * Reads every document under the inputs, in the order of {@link #expand}, into the sink; ids are
   * unique across the run (a repeated id is a problem and that document is dropped).
   */
  public void read(List<Path> inputs, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    Consumer<Document> unique = new UniqueIdFilter(sink, problems);
    for (Path file : expand(inputs, problems)) {
      readFile(file, unique, problems);
    }
  }

  /**
   * The files to read, in reading order. A folder gives the files below it whose names end in one
   * of {@link #TEXT_EXTENSIONS}, {@link #JSONL_EXTENSIONS}, {@link #HTML_EXTENSIONS} or {@link #FEED_EXTENSIONS}
   * (case-insensitive), recursively, each
   * folder's entries sorted by name; other files and hidden ones (name starting with a dot) are
   * left out without a word. Any other input is kept as given, whatever its extension, so a missing
   * file is reported when it is read. A file reached twice is listed once. A folder that cannot be
   * listed is reported as a problem.
   */
  public List<Path> expand(List<Path> inputs, Consumer<IngestProblem> problems) {
    Set<Path> seen = new HashSet<>();
    Set<Path> visitedFolders = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        walk(input, files, seen, visitedFolders, problems);
      } else if (seen.add(key(input))) {
        files.add(input);
      }
    }
    return files;
  }

  private void walk(Path folder, List<Path> files, Set<Path> seen, Set<Path> visited,
                    Consumer<IngestProblem> problems) {
    try {
      if (!visited.add(folder.toRealPath())) return; // a link back up the tree
    } catch (IOException e) {
      problems.accept(new IngestProblem(folder.toString(), "cannot read folder: " + why(e)));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path entry : stream) entries.add(entry);
    } catch (IOException e) {
      problems.accept(new IngestProblem(folder.toString(), "cannot read folder: " + why(e)));
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) continue;
      if (Files.isDirectory(entry)) {
        walk(entry, files, seen, visited, problems);
      } else if (Files.isRegularFile(entry) && isKnownExtension(name) && seen.add(key(entry))) {
        files.add(entry);
      }
    }
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static boolean isKnownExtension(String name) {
    String ext = extension(name);
    return TEXT_EXTENSIONS.contains(ext) || JSONL_EXTENSIONS.contains(ext) || HTML_EXTENSIONS.contains(ext)
        || FEED_EXTENSIONS.contains(ext);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** True when the file is read as JSON Lines (by its extension), false when read as text. */
  public static boolean isJsonLines(Path file) {
    Path name = file.getFileName();
    return name != null && JSONL_EXTENSIONS.contains(extension(name.toString()));
  }

  /** True when the file is read as an HTML page (by its extension). */
  public static boolean isHtml(Path file) {
    Path name = file.getFileName();
    return name != null && HTML_EXTENSIONS.contains(extension(name.toString()));
  }

  /** True when the file is read as an RSS or Atom feed by its extension ({@link #FEED_EXTENSIONS}). */
  public static boolean isFeed(Path file) {
    Path name = file.getFileName();
    return name != null && FEED_EXTENSIONS.contains(extension(name.toString()));
  }

  /** True for a {@code .xml} file whose root element (in its first 64 KB) is that of a feed. */
  private static boolean isXmlFeed(Path file) {
    Path name = file.getFileName();
    if (name == null || !extension(name.toString()).equals("xml") || !Files.isRegularFile(file)) return false;
    try (InputStream in = Files.newInputStream(file)) {
      return FeedReader.looksLikeFeed(in.readNBytes(Text.SNIFF_BYTES));
    } catch (IOException e) {
      return false; // read as text, which reports why it cannot be read
    }
  }

  // ---------------------------------------------------------------- one file

  /**
   * Reads one file and collects what it gave. Ids are not checked for repeats here; that is a
   * matter of the whole run (see {@link UniqueIdFilter}).
   */
  public ReadResult readFile(Path file) {
    List<Document> docs = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    readFile(file, docs::add, problems::add);
    return new ReadResult(docs, problems);
  }

  /**
   * Reads one file, passing its documents to the sink as they come and reporting each problem;
   * JSON Lines files are streamed line by line. Ids are not checked for repeats here.
   */
  public void readFile(Path file, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    if (isJsonLines(file)) {
      readJsonLines(file, sink, problems);
    } else if (isFeed(file) || isXmlFeed(file)) {
      readFeed(file, sink, problems);
    } else {
      try {
        sink.accept(readText(file));
      } catch (Rejected r) {
        problems.accept(new IngestProblem(r.origin != null ? r.origin : file.toString(), r.reason()));
      }
    }
  }

  // ---------------------------------------------------------------- text files

  private Document readText(Path file) throws Rejected {
    String origin = file.toString();
    byte[] bytes = readBytes(file);
    if (isHtml(file)) {
      return checked(HtmlArticle.read(bytes, file.getFileName().toString(), origin), origin);
    }
    return readPlainText(file, bytes);
  }

  /** The file's bytes, checked for size, emptiness and binary content. */
  private byte[] readBytes(Path file) throws Rejected {
    if (Files.isDirectory(file)) throw new Rejected("cannot read: is a folder");
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) throw new Rejected(Text.tooLarge("too large", size, options.maxBytes()));
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Rejected("cannot read: " + why(e));
    }
    if (bytes.length > options.maxBytes()) {
      throw new Rejected(Text.tooLarge("too large", bytes.length, options.maxBytes()));
    }
    if (bytes.length == 0) throw new Rejected("empty file");
    String sniffed = Text.sniff(bytes, bytes.length);
    if (sniffed == null && Text.hasNul(bytes, bytes.length)) sniffed = Text.BINARY;
    if (sniffed != null) throw new Rejected(sniffed);
    return bytes;
  }

  private Document readPlainText(Path file, byte[] bytes) throws Rejected {
    String origin = file.toString();
    long[] bad = new long[1];
    String decoded = Text.decodeUtf8(bytes, 0, bytes.length, bad);
    if (decoded == null) throw new Rejected(Text.notUtf8(bad[0]));
    String text = Text.stripMarkdownLinks(Text.normalise(decoded));
    if (text.isEmpty()) throw new Rejected("empty file");
    if (text.isBlank()) throw new Rejected("no text (only whitespace)");

    String id = file.getFileName().toString();
    FrontMatter fm = FrontMatter.parse(text, origin);
    if (fm == null) {
      // a page pasted as text: headline, byline, dateline and outlet lines; site boilerplate dropped
      PastedPage.Parts page = PastedPage.read(text);
      if (page.text().isBlank()) throw new Rejected("no text (only site boilerplate)");
      return checked(new Document(id, page.text(), page.title(), page.published(), page.outlet(), page.author(),
          null, origin, page.publishedIso(), page.sources()), origin);
    }
    if (fm.body().isBlank()) throw new Rejected("no text after the front matter");
    LocalDate published;
    try {
      published = Dates.parsePublished(fm.get("published"));
    } catch (IllegalArgumentException e) {
      throw new Rejected(fm.where(origin, "published"), e.getMessage());
    }
    String explicitId = fm.get("id");
    Document doc = withSources(new Document(explicitId != null ? explicitId : id, fm.body(), fm.get("title"),
        published, fm.get("outlet"), fm.get("author"), fm.get("url"), origin), "front matter", fm.get("published"));
    return checked(doc, origin);
  }

  private Document checked(Document doc, String origin) throws Rejected {
    if (options.checkEnglish()) {
      String verdict = EnglishCheck.verdict(doc.fullText());
      if (verdict != null) throw new Rejected(origin, verdict);
    }
    return doc;
  }

  // ---------------------------------------------------------------- JSON Lines

  private void readJsonLines(Path file, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    String name = file.toString();
    int maxProblems = options.maxProblemsPerFile();
    int[] reported = new int[1];
    long[] unlisted = new long[1];
    Consumer<IngestProblem> lineProblems = p -> {
      if (reported[0] < maxProblems) {
        reported[0]++;
        problems.accept(p);
      } else {
        unlisted[0]++;
      }
    };
    long lineNo = 0;
    boolean anyContent = false;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(Text.SNIFF_BYTES);
      if (head.length == 0) {
        problems.accept(new IngestProblem(name, "empty file"));
        return;
      }
      String sniffed = Text.sniff(head, head.length);
      if (sniffed != null) {
        problems.accept(new IngestProblem(name, sniffed));
        return;
      }
      LineSource lines = new LineSource(new SequenceInputStream(
          new ByteArrayInputStream(head), in), (int) options.maxBytes());
      while (lines.next()) {
        lineNo++;
        String where = name + ":" + lineNo;
        if (lines.tooLong()) {
          anyContent = true;
          lineProblems.accept(new IngestProblem(where,
              Text.tooLarge("line too long", lines.fullLength(), options.maxBytes())));
          continue;
        }
        byte[] b = lines.bytes();
        int off = 0;
        int len = lines.length();
        if (lineNo == 1 && len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
          off = 3;
          len -= 3;
        }
        long[] bad = new long[1];
        String line = Text.decodeUtf8(b, off, len, bad);
        if (line == null) {
          anyContent = true;
          lineProblems.accept(new IngestProblem(where,
              "not valid UTF-8 (byte offset " + bad[0] + " in the line); save the file as UTF-8"));
          continue;
        }
        if (line.isBlank()) continue;
        anyContent = true;
        try {
          sink.accept(parseLine(line, where));
        } catch (Rejected r) {
          lineProblems.accept(new IngestProblem(where, r.reason()));
        }
      }
    } catch (IOException e) {
      problems.accept(new IngestProblem(lineNo == 0 ? name : name + ":" + (lineNo + 1), "cannot read: " + why(e)));
      return;
    }
    if (!anyContent) problems.accept(new IngestProblem(name, "no documents (only blank lines)"));
    if (unlisted[0] > 0) {
      problems.accept(new IngestProblem(name, unlisted[0] + " more bad line" + (unlisted[0] == 1 ? "" : "s")
          + " not listed (only the first " + maxProblems + " are)"));
    }
  }

  private Document parseLine(String line, String where) throws Rejected {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      int nl = msg == null ? -1 : msg.indexOf('\n');
      if (nl >= 0) msg = msg.substring(0, nl);
      String column = e.getLocation() == null || e.getLocation().getColumnNr() < 0
          ? "" : " at column " + e.getLocation().getColumnNr();
      throw new Rejected("malformed JSON" + column + ": " + Text.oneLine(String.valueOf(msg)));
    }
    if (node == null || !node.isObject()) {
      throw new Rejected("expected a JSON object, found " + (node == null ? "nothing" : kind(node)));
    }
    JsonNode idNode = node.get("id");
    JsonNode textNode = node.get("text");
    boolean noId = idNode == null || idNode.isNull();
    boolean noText = textNode == null || textNode.isNull();
    if (noId && noText) throw new Rejected("missing \"id\" and \"text\"");
    if (noId) throw new Rejected("missing \"id\"");
    if (noText) throw new Rejected("missing \"text\"");

    String id;
    if (idNode.isTextual()) {
      id = idNode.textValue();
      if (id.isBlank()) throw new Rejected("blank \"id\"");
    } else if (idNode.isIntegralNumber()) {
      id = idNode.bigIntegerValue().toString();
    } else {
      throw new Rejected("\"id\" must be a string or an integer, found " + kind(idNode));
    }
    if (!textNode.isTextual()) throw new Rejected("\"text\" must be a string, found " + kind(textNode));
    String text = Text.normalise(textNode.textValue());
    if (text.isBlank()) throw new Rejected("no text (\"text\" is blank)");

    LocalDate published;
    JsonNode pubNode = node.get("published");
    if (pubNode == null || pubNode.isNull()) {
      published = null;
    } else if (!pubNode.isTextual()) {
      throw new Rejected("bad \"published\" date " + Text.oneLine(pubNode.toString())
          + " (use YYYY-MM-DD or an ISO date-time, as a string)");
    } else {
      try {
        published = Dates.parsePublished(pubNode.textValue());
      } catch (IllegalArgumentException e) {
        throw new Rejected(e.getMessage());
      }
    }
    Document doc = withSources(new Document(id, text, optional(node, "title"), published, optional(node, "outlet"),
        optional(node, "author"), optional(node, "url"), where), "JSON field",
        pubNode == null || pubNode.isNull() ? null : pubNode.textValue());
    if (options.checkEnglish()) {
      String verdict = EnglishCheck.verdict(doc.fullText());
      if (verdict != null) throw new Rejected(verdict);
    }
    return doc;
  }

  /**
   * The document with each field it has credited to its metadata ("front matter", "JSON field"), and, when it has
   * no publication date, one estimated from the dates its text mentions (credited as such).
   */
  static Document withSources(Document d, String metadata, String rawPublished) {
    java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
    if (d.title() != null) sources.put("title", metadata + " title");
    if (d.published() != null) sources.put("published", metadata + " published");
    if (d.author() != null) sources.put("author", metadata + " author");
    if (d.outlet() != null) sources.put("outlet", metadata + " outlet");
    if (d.url() != null) sources.put("url", metadata + " url");
    sources.put("body", metadata.equals("front matter") ? "text after the front matter" : metadata + " text");
    LocalDate published = d.published();
    String publishedIso = null;
    if (published == null && rawPublished != null && rawPublished.strip().matches("\\d{4}(-\\d{2})?")) {
      publishedIso = rawPublished.strip(); // a month or a year: kept as given, no day is made up
      sources.put("published", metadata + " published");
    } else if (published == null) {
      java.util.Optional<PublicationDates.Estimate> e = PublicationDates.estimate(d.text());
      if (e.isPresent()) {
        published = e.get().day().orElse(null);
        publishedIso = published == null ? e.get().iso() : null;
        sources.put("published", "estimated: " + e.get().evidence());
      }
    }
    return new Document(d.id(), d.text(), d.title(), published, d.outlet(), d.author(), d.url(), d.origin(),
        publishedIso, sources);
  }

  private static String optional(JsonNode obj, String field) throws Rejected {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) return null;
    if (v.isContainerNode()) throw new Rejected("\"" + field + "\" must be a string, found " + kind(v));
    String s = v.isTextual() ? Text.normalise(v.textValue()).strip() : v.asText();
    return s.isEmpty() ? null : s;
  }

  private static String kind(JsonNode n) {
    if (n.isObject()) return "an object";
    if (n.isArray()) return "an array";
    if (n.isTextual()) return "a string";
    if (n.isNumber()) return "a number";
    if (n.isBoolean()) return "true/false";
    if (n.isNull()) return "null";
    return n.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- feeds and URLs

  /** One feed file: each entry a document ({@code FILE#entry-N}), each bad entry a problem (see {@link FeedReader}). */
  private void readFeed(Path file, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    byte[] bytes;
    try {
      bytes = readBytes(file);
    } catch (Rejected r) {
      problems.accept(new IngestProblem(r.origin != null ? r.origin : file.toString(), r.reason()));
      return;
    }
    new FeedReader(options).read(bytes, null, file.toString(), sink, problems);
  }

  /** True for an absolute http or https URL, which {@link #readUrl} reads. */
  public static boolean isUrl(String input) {
    return UrlReader.isUrl(input);
  }

  /**
   * Fetches an http or https URL (20 s in all, at most {@link ReaderOptions#maxBytes()}, redirects followed) and
   * reads it: as a feed when its content type names RSS or Atom or its root element is that of a feed (one document
   * per entry, origin {@code URL#entry-N}), else as an HTML page (one document, id and origin the URL). Each
   * failure (bad URL, network error, HTTP status, too large, no text) is one problem at the URL. Ids are not
   * checked for repeats here (see {@link UniqueIdFilter}).
   */
  public void readUrl(String url, Consumer<Document> sink, Consumer<IngestProblem> problems) {
    UrlReader.read(url, options, sink, problems);
  }

  // ---------------------------------------------------------------- messages

  /** Why an I/O operation failed, in a few words. */
  static String why(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NotDirectoryException) return "not a folder";
    String msg = e.getMessage();
    if (msg == null || msg.isBlank()) return e.getClass().getSimpleName();
    return Text.oneLine(msg);
  }
}
