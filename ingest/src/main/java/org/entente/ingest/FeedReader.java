package org.entente.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.entente.core.Document;
import org.entente.core.IngestProblem;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an RSS (0.90 to 2.0) or Atom (0.3, 1.0) feed with ROME; each entry becomes one document.
 *
 * <ul>
 *   <li>id: the entry's {@code guid} (RSS), {@code rdf:about} (RSS 1.0) or {@code id} (Atom); else its link; else
 *       {@code feed-} and 16 hex digits of a SHA-256 hash of its link and title (of its text when it has neither).
 *       A link already used as the id of an earlier entry of the same feed gives way to the hash.</li>
 *   <li>text: {@code content:encoded} (RSS) or {@code content} (Atom), else {@code description} or
 *       {@code summary}; HTML becomes plain text, one paragraph per block, paragraphs separated by a blank line
 *       (a {@code <br>} is a line break, two of them a paragraph break); site boilerplate paragraphs
 *       ({@link Boilerplate}) are left out.</li>
 *   <li>published: {@code pubDate} or {@code dc:date} (RSS), {@code published} or {@code updated} (Atom), the day
 *       as written in the feed, with no time-zone conversion (as for front matter); a date only ROME can read is
 *       taken in UTC. Without one, the date is estimated from the text, as for the other inputs.</li>
 *   <li>author: the entry's {@code author} and {@code dc:creator} names, joined by ", " ("jane@example.org (Jane
 *       Roe)" gives "Jane Roe"); for Atom, the feed's authors when the entry names none.</li>
 *   <li>outlet: the feed's (channel's) title; url: the entry's link; origin: {@code SOURCE#entry-N} (N from 1).</li>
 * </ul>
 *
 * <p>Each document's {@link Document#sources()} names the element each field came from ("feed entry pubDate",
 * "feed channel title", "feed entry content:encoded"). An entry with no text, or (with
 * {@link ReaderOptions#checkEnglish()}) not in English, is reported as a problem at the source, "feed entry 3: no
 * text", and the other entries are still read. A feed that cannot be parsed is one problem, "not a valid RSS or Atom
 * feed: ...". Ids are not checked for repeats here (see {@link UniqueIdFilter}).
 *
 * <p>External entities and DTDs are never loaded. A reader holds only its options; it may be shared between threads.
 */
public final class FeedReader {
  static final String NOT_A_FEED = "not a valid RSS or Atom feed";

  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String ATOM_03 = "http://purl.org/atom/ns#";
  static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  static final Namespace DC = Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/");
  static final Namespace CONTENT = Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/");

  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  /** RFC 822 as feeds write it: "Mon, 07 Feb 2022 23:30:00 -0500", also with the weekday left out. */
  private static final Pattern RFC822_DAY = Pattern.compile(
      "^\\s*(?:\\p{Alpha}{2,9}\\.?,?\\s+)?(\\d{1,2})\\s+(\\p{Alpha}{3})\\p{Alpha}*\\.?,?\\s+(\\d{4}|\\d{2})\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  /** "jane@example.org (Jane Roe)", as RSS 2.0 writes an author. */
  private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  /** "Jane Roe <jane@example.org>" */
  private static final Pattern NAME_THEN_EMAIL = Pattern.compile("^(.+?)\\s*<\\S+@\\S+>$");
  private static final Pattern BY = Pattern.compile("^[Bb][Yy]:?\\s+");
  private static final Pattern TAG = Pattern.compile("<[A-Za-z!/?]");

  private static final String REMOVED_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
      + "canvas, form, button, input, select, textarea, video, audio, map, figure, figcaption, head";
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details",
      "div", "dl", "dt", "fieldset", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption");
  /** Stands for a {@code <br>} while the text of a block is gathered. */
  private static final char BREAK = '\u0000';

  private final ReaderOptions options;

  public FeedReader() {
    this(ReaderOptions.DEFAULT);
  }

  public FeedReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  // ---------------------------------------------------------------- sniffing

  /**
   * True when the bytes' root element is {@code rss}, Atom's {@code feed} or {@code rdf:RDF} (RSS 0.90 and 1.0);
   * only the first 64 KB are looked at, and nothing is fetched or expanded.
   */
  public static boolean looksLikeFeed(byte[] bytes) {
    if (bytes == null || bytes.length == 0) return false;
    int len = Math.min(bytes.length, Text.SNIFF_BYTES);
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes, 0, len));
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
          return isFeedRoot(xml.getLocalName(), xml.getNamespaceURI());
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing to release
        }
      }
    }
  }

  private static boolean isFeedRoot(String local, String namespace) {
    String ns = namespace == null ? "" : namespace;
    return local.equals("rss")
        || (local.equals("feed") && (ns.equals(ATOM_10) || ns.equals(ATOM_03)))
        || (local.equals("RDF") && ns.equals(RDF));
  }

  // ---------------------------------------------------------------- reading

  /** Reads a feed and collects what it gave. */
  public ReadResult read(byte[] feed, String source) {
    List<Document> docs = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    read(feed, null, source, docs::add, problems::add);
    return new ReadResult(docs, problems);
  }

  /**
   * Reads a feed, passing each entry's document to the sink and reporting each problem.
   *
   * @param feed        the feed's bytes; the encoding is taken from a byte order mark or the XML declaration
   * @param contentType the HTTP Content-Type it came with (its charset counts), or null
   * @param source      the file or URL, for origins ({@code SOURCE#entry-N}) and problems
   */
  public void read(byte[] feed, String contentType, String source, Consumer<Document> sink,
                   Consumer<IngestProblem> problems) {
    org.jdom2.Document xml;
    SyndFeed syndFeed;
    try {
      xml = parseXml(feed, contentType);
      Element root = xml.getRootElement();
      if (!isFeedRoot(root.getName(), root.getNamespaceURI())) {
        problems.accept(new IngestProblem(source, NOT_A_FEED + ": the root element is <" + root.getQualifiedName()
            + ">, not <rss>, <feed> or <rdf:RDF>"));
        return;
      }
      syndFeed = new SyndFeedInput().build(xml);
    } catch (JDOMParseException e) {
      problems.accept(new IngestProblem(source, NOT_A_FEED + ": " + xmlError(e)));
      return;
    } catch (IOException e) {
      problems.accept(new IngestProblem(source, NOT_A_FEED + ": " + DocumentReader.why(e)));
      return;
    } catch (JDOMException | FeedException | RuntimeException e) {
      // ROME is lenient, but a strange feed may still throw anything; it never stops a run
      String msg = e.getMessage();
      problems.accept(new IngestProblem(source, NOT_A_FEED + ": "
          + Text.oneLine(msg == null || msg.isBlank() ? e.getClass().getSimpleName() : firstLine(msg))));
      return;
    }

    List<SyndEntry> entries = syndFeed.getEntries();
    if (entries.isEmpty()) {
      problems.accept(new IngestProblem(source, "no entries in the feed"));
      return;
    }
    List<Element> elements = entryElements(xml.getRootElement());
    if (elements.size() != entries.size()) elements = null; // cannot pair them: values and words from ROME only
    Kind kind = syndFeed.getFeedType() == null ? Kind.OTHER
        : syndFeed.getFeedType().startsWith("rss") ? Kind.RSS
        : syndFeed.getFeedType().startsWith("atom") ? Kind.ATOM : Kind.OTHER;

    String outlet = cleanTitle(syndFeed.getTitle());
    Set<String> ids = new HashSet<>();
    int maxProblems = options.maxProblemsPerFile();
    int reported = 0;
    int unlisted = 0;
    for (int i = 0; i < entries.size(); i++) {
      int n = i + 1;
      try {
        Document doc = entry(entries.get(i), elements == null ? null : elements.get(i), kind, xml.getRootElement(),
            outlet, source + "#entry-" + n, ids);
        if (options.checkEnglish()) {
          String verdict = EnglishCheck.verdict(doc.fullText());
          if (verdict != null) throw new Rejected(verdict);
        }
        sink.accept(doc);
      } catch (Rejected r) {
        if (reported < maxProblems) {
          reported++;
          problems.accept(new IngestProblem(source, "feed entry " + n + ": " + r.reason()));
        } else {
          unlisted++;
        }
      }
    }
    if (unlisted > 0) {
      problems.accept(new IngestProblem(source, unlisted + " more bad feed entr" + (unlisted == 1 ? "y" : "ies")
          + " not listed (only the first " + maxProblems + " are)"));
    }
  }

  private enum Kind { RSS, ATOM, OTHER }

  private record Field(String value, String source) {}

  private Document entry(SyndEntry e, Element x, Kind kind, Element root, String outlet, String origin,
                         Set<String> ids) throws Rejected {
    Map<String, String> sources = new LinkedHashMap<>();

    Field body = body(e, x, kind);
    String text = body == null ? "" : body.value();
    if (text.isBlank()) throw new Rejected("no text");

    String title = cleanTitle(e.getTitle());
    if (title != null) sources.put("title", "feed entry " + (x != null && own(x, "title") == null
        && x.getChild("title", DC) != null ? "dc:title" : "title"));

    Field published = published(e, x, kind);
    LocalDate day = null;
    String publishedIso = null;
    if (published != null) {
      day = LocalDate.parse(published.value());
      sources.put("published", published.source());
    } else {
      Optional<PublicationDates.Estimate> estimate = PublicationDates.estimate(text);
      if (estimate.isPresent()) {
        day = estimate.get().day().orElse(null);
        publishedIso = day == null ? estimate.get().iso() : null;
        sources.put("published", "estimated: " + estimate.get().evidence());
      }
    }

    Field author = author(e, x, kind, root);
    if (author != null) sources.put("author", author.source());
    if (outlet != null) sources.put("outlet", kind == Kind.RSS ? "feed channel title" : "feed title");

    String url = clean(e.getLink());
    if (url != null) {
      Element guid = x == null ? null : own(x, "guid");
      sources.put("url", x != null && own(x, "link") == null && guid != null && url.equals(clean(guid.getText()))
          ? "feed entry guid" : "feed entry link");
    }
    sources.put("body", body.source());

    String id = id(e, x, kind, url, title, text, ids);
    return new Document(id, text, title, day, outlet, author == null ? null : author.value(), url, origin,
        publishedIso, sources);
  }

  // ---------------------------------------------------------------- fields

  private static Field body(SyndEntry e, Element x, Kind kind) {
    for (SyndContent c : e.getContents()) {
      String text = toText(c);
      if (!text.isBlank()) {
        String element = kind == Kind.ATOM ? "content"
            : x == null || x.getChild("encoded", CONTENT) != null || kind != Kind.RSS ? "content:encoded" : "content";
        return new Field(text, "feed entry " + element);
      }
    }
    String text = toText(e.getDescription());
    if (!text.isBlank()) {
      String element = kind == Kind.ATOM ? "summary"
          : x != null && own(x, "description") == null && x.getChild("description", DC) != null
          ? "dc:description" : "description";
      return new Field(text, "feed entry " + element);
    }
    return null;
  }

  /** The publication day as written in the first date element that has one. */
  private static Field published(SyndEntry e, Element x, Kind kind) {
    if (x != null) {
      List<Element> candidates = new ArrayList<>();
      if (kind == Kind.ATOM) {
        for (String name : new String[] {"published", "issued", "created", "updated", "modified"}) {
          addIfPresent(candidates, own(x, name));
        }
      } else {
        addIfPresent(candidates, own(x, "pubDate"));
      }
      addIfPresent(candidates, x.getChild("date", DC));
      for (Element el : candidates) {
        String raw = el.getTextNormalize();
        LocalDate day = dayAsWritten(raw);
        if (day == null) {
          boolean updated = el.getName().equals("updated") || el.getName().equals("modified");
          day = utcDay(updated ? e.getUpdatedDate() : e.getPublishedDate());
        }
        if (day != null) return new Field(day.toString(), "feed entry " + el.getQualifiedName());
      }
    }
    LocalDate day = utcDay(e.getPublishedDate());
    if (day != null) return new Field(day.toString(), "feed entry publication date (read by ROME, in UTC)");
    day = utcDay(e.getUpdatedDate());
    if (day != null) return new Field(day.toString(), "feed entry update date (read by ROME, in UTC)");
    return null;
  }

  private static void addIfPresent(List<Element> list, Element e) {
    if (e != null && !e.getTextNormalize().isEmpty()) list.add(e);
  }

  /** The day of an ISO 8601 or RFC 822 date as written, with no time-zone conversion; null when neither. */
  static LocalDate dayAsWritten(String raw) {
    if (raw == null) return null;
    try {
      Matcher m = ISO_DAY.matcher(raw);
      if (m.find()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = RFC822_DAY.matcher(raw);
      if (m.find()) {
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) return null;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 70 ? 2000 : 1900;
        return LocalDate.of(year, month, Integer.parseInt(m.group(1)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static LocalDate utcDay(Date d) {
    return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static Field author(SyndEntry e, Element x, Kind kind, Element root) {
    if (x == null) {
      Set<String> names = new LinkedHashSet<>();
      for (SyndPerson p : e.getAuthors()) addName(names, p.getName());
      addName(names, e.getAuthor());
      return names.isEmpty() ? null : new Field(String.join(", ", names), "feed entry author");
    }
    Set<String> names = new LinkedHashSet<>();
    List<String> from = new ArrayList<>();
    if (addNames(names, authorNames(x, kind))) from.add("author");
    if (addNames(names, texts(x.getChildren("creator", DC)))) from.add("dc:creator");
    if (names.isEmpty() && kind == Kind.ATOM && addNames(names, authorNames(root, kind))) {
      return new Field(String.join(", ", names), "feed author");
    }
    return names.isEmpty() ? null : new Field(String.join(", ", names), "feed entry " + String.join(" and ", from));
  }

  private static List<String> authorNames(Element parent, Kind kind) {
    List<String> out = new ArrayList<>();
    for (Element a : parent.getChildren("author", parent.getNamespace())) {
      if (kind == Kind.ATOM) {
        Element name = a.getChild("name", a.getNamespace());
        if (name != null) out.add(name.getText());
      } else {
        out.add(a.getText());
      }
    }
    return out;
  }

  private static List<String> texts(List<Element> elements) {
    List<String> out = new ArrayList<>();
    for (Element el : elements) out.add(el.getText());
    return out;
  }

  private static boolean addNames(Set<String> names, List<String> raw) {
    boolean any = false;
    for (String r : raw) any |= addName(names, r);
    return any;
  }

  private static boolean addName(Set<String> names, String raw) {
    String s = clean(raw);
    if (s == null) return false;
    Matcher m = EMAIL_THEN_NAME.matcher(s);
    if (m.matches()) s = m.group(1).strip();
    m = NAME_THEN_EMAIL.matcher(s);
    if (m.matches()) s = m.group(1).strip();
    s = BY.matcher(s).replaceFirst("");
    if (s.isEmpty()) return false;
    names.add(s);
    return true;
  }

  private static String id(SyndEntry e, Element x, Kind kind, String url, String title, String text,
                           Set<String> ids) {
    String id = null;
    if (x != null) {
      Element own = own(x, kind == Kind.ATOM ? "id" : "guid");
      id = own == null ? null : clean(own.getText());
      if (id == null) id = clean(x.getAttributeValue("about", Namespace.getNamespace("rdf", RDF)));
    } else {
      id = clean(e.getUri());
    }
    if (id != null) {
      ids.add(id);
      return id; // a repeated guid is the same entry again: reported as a repeated id when the run is read
    }
    if (url != null && ids.add(url)) return url;
    String key = (url == null ? "" : url) + "\n" + (title == null ? "" : title);
    if (url == null && title == null) key += "\n" + text;
    id = "feed-" + sha256(key).substring(0, 16);
    ids.add(id);
    return id;
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) sb.append(String.format(Locale.ROOT, "%02x", b));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  // ---------------------------------------------------------------- text

  /** Plain text of a feed content or description: HTML unless its type says text or it has no tags. */
  static String toText(SyndContent c) {
    if (c == null || c.getValue() == null) return "";
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    String value = c.getValue();
    if (type.equals("text") || type.equals("text/plain") || !TAG.matcher(value).find()) {
      return plainToText(Parser.unescapeEntities(value, false));
    }
    return htmlToText(value);
  }

  /** Paragraphs of plain text, split at blank lines, each on one line. */
  static String plainToText(String s) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : Text.normalise(s).split("\\n\\s*\\n")) {
      String line = p.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (!line.isEmpty() && !Boilerplate.isBoilerplate(line)) paragraphs.add(line);
    }
    return String.join("\n\n", paragraphs);
  }

  /**
   * The text of an HTML fragment: one paragraph per block element, separated by a blank line; white space inside a
   * block is collapsed; {@code <br>} ends a line and two of them in a row end the paragraph. Scripts, styles,
   * figures and their captions, forms and embedded media are left out, and so are boilerplate paragraphs.
   */
  static String htmlToText(String html) {
    org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
    body.select(REMOVED_TAGS).remove();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof org.jsoup.nodes.Element el) {
          String tag = el.normalName();
          if (tag.equals("br")) {
            current.append(BREAK);
          } else if (tag.equals("td") || tag.equals("th")) {
            current.append(' ');
          } else if (BLOCKS.contains(tag)) {
            flush(current, paragraphs);
          }
        }
      }

      @Override public void tail(Node node, int depth) {
        if (node instanceof org.jsoup.nodes.Element el && BLOCKS.contains(el.normalName())) flush(current, paragraphs);
      }
    }, body);
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() == 0) return;
    String raw = current.toString();
    current.setLength(0);
    StringBuilder paragraph = new StringBuilder();
    for (String line : raw.split(String.valueOf(BREAK), -1)) {
      String s = line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
      if (s.isEmpty()) {
        addParagraph(paragraph.toString(), paragraphs); // an empty line (two <br>s) ends a paragraph
        paragraph.setLength(0);
      } else {
        if (paragraph.length() > 0) paragraph.append('\n');
        paragraph.append(s);
      }
    }
    addParagraph(paragraph.toString(), paragraphs);
  }

  private static void addParagraph(String p, List<String> paragraphs) {
    if (!p.isBlank() && !Boilerplate.isBoilerplate(p)) paragraphs.add(p);
  }

  /** A title without markup or surplus white space, or null. */
  private static String cleanTitle(String s) {
    if (s == null) return null;
    if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) s = Jsoup.parse(s).text();
    return clean(s);
  }

  private static String clean(String s) {
    if (s == null) return null;
    s = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  // ---------------------------------------------------------------- XML

  /** The entry elements in document order: rss/channel/item, rdf:RDF/item or feed/entry. */
  private static List<Element> entryElements(Element root) {
    Element parent = root;
    if (root.getName().equals("rss")) {
      for (Element c : root.getChildren()) {
        if (c.getName().equals("channel")) {
          parent = c;
          break;
        }
      }
    }
    List<Element> out = new ArrayList<>();
    for (Element c : parent.getChildren()) {
      if (c.getName().equals("item") || c.getName().equals("entry")) out.add(c);
    }
    return out;
  }

  /** The first child with this name in the element's own namespace. */
  private static Element own(Element parent, String name) {
    return parent.getChild(name, parent.getNamespace());
  }

  /** The feed as XML, parsed as ROME parses it (no external entities or DTDs; common HTML entities fixed). */
  private static org.jdom2.Document parseXml(byte[] bytes, String contentType) throws IOException, JDOMException {
    XmlReader decoded = contentType == null
        ? new XmlReader(new ByteArrayInputStream(bytes), true)
        : new XmlReader(new ByteArrayInputStream(bytes), contentType, true);
    try (Reader in = new XmlFixerReader(decoded)) {
      return new Input().saxBuilder().build(in);
    }
  }

  /** ROME's own XML parser settings, with DOCTYPE declarations allowed (RSS 0.91 feeds carry one). */
  private static final class Input extends WireFeedInput {
    Input() {
      setAllowDoctypes(true);
    }

    com.rometools.rome.io.SAXBuilder saxBuilder() {
      return createSAXBuilder();
    }
  }

  private static String xmlError(JDOMParseException e) {
    Throwable cause = e.getCause();
    String msg = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
    String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ": " : "";
    return where + Text.oneLine(msg == null ? "malformed XML" : firstLine(msg));
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
