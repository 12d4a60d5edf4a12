package org.entente.actors;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Converts PETRARCH / Phoenix actor and agent dictionaries into Entente's own files (people.tsv, institutions.tsv,
 * agents.tsv), for use as an extra dictionary directory ({@code --dictionary DIR}). See the section "Importing
 * PETRARCH / Phoenix dictionaries" of {@code docs/actor-dictionary.md} for what is kept and what is not.
 */
public final class PetrarchImport {
  /** The role written on every imported people.tsv row. */
  public static final String ROLE = "imported from PETRARCH";

  private PetrarchImport() {}

  /**
   * How often one thing was skipped or changed.
   *
   * @param reason  what happened, e.g. "null code (---, +++): no Entente equivalent"
   * @param count   how many lines or code blocks
   * @param firstAt the first occurrence: {@code file:line: text}
   */
  public record Tally(String reason, int count, String firstAt) {}

  /**
   * What an import wrote.
   *
   * @param peopleRows      people.tsv data rows (one per code of an entry with dated codes)
   * @param people          distinct names among them
   * @param institutionRows institutions.tsv data rows
   * @param agentRows       agents.tsv data rows
   * @param skipped         lines or code blocks left out, by reason
   * @param adjusted        lines kept but changed (codes truncated, ...), by reason
   * @param written         the files written
   */
  public record Result(int peopleRows, int people, int institutionRows, int agentRows, List<Tally> skipped,
                       List<Tally> adjusted, List<Path> written) {
    /** Lines or code blocks left out, all reasons together. */
    public int skippedCount() { return skipped.stream().mapToInt(Tally::count).sum(); }

    /** Lines or code blocks changed, all reasons together. */
    public int adjustedCount() { return adjusted.stream().mapToInt(Tally::count).sum(); }

    /** A human-readable report, one item a line. */
    public List<String> summary() {
      List<String> out = new ArrayList<>();
      out.add(String.format("people.tsv:       %d rows (%d people)", peopleRows, people));
      out.add(String.format("institutions.tsv: %d rows", institutionRows));
      out.add(String.format("agents.tsv:       %d rows", agentRows));
      out.add("skipped: " + skippedCount());
      for (Tally t : skipped) out.add(String.format("  %6d  %s  (first: %s)", t.count(), t.reason(), t.firstAt()));
      out.add("adjusted: " + adjustedCount());
      for (Tally t : adjusted) out.add(String.format("  %6d  %s  (first: %s)", t.count(), t.reason(), t.firstAt()));
      return out;
    }
  }

  /**
   * Reads the PETRARCH actor and agent files and writes Entente files into {@code outDir} (created when missing):
   * people.tsv and institutions.tsv when actor files are given, agents.tsv when agent files are given. Each file is
   * written to a temporary file first and then moved into place, replacing an existing one.
   *
   * @throws NoSuchFileException when an input file does not exist
   * @throws IOException         when a file cannot be read or written
   */
  public static Result importFiles(List<Path> actorFiles, List<Path> agentFiles, Path outDir) throws IOException {
    List<Path> actors = actorFiles == null ? List.of() : actorFiles;
    List<Path> agents = agentFiles == null ? List.of() : agentFiles;
    for (Path p : concat(actors, agents)) {
      if (!Files.isRegularFile(p)) throw new NoSuchFileException(p.toString(), null, "no such file");
    }
    PetrarchTally skipped = new PetrarchTally();
    PetrarchTally adjusted = new PetrarchTally();
    PetrarchActors actorReader = new PetrarchActors(skipped, adjusted);
    for (Path p : actors) actorReader.read(p);
    PetrarchAgents agentReader = new PetrarchAgents(skipped, adjusted);
    for (Path p : agents) agentReader.read(p);

    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    int peopleRows = 0;
    int institutionRows = 0;
    int agentRows = 0;
    Set<String> names = new HashSet<>();
    if (!actors.isEmpty()) {
      Set<String> rows = new LinkedHashSet<>();
      for (PetrarchActors.PersonRow r : actorReader.people) {
        rows.add(String.join("\t", r.name(), String.join(";", r.aliases()), r.code(), ROLE, date(r.from()), date(r.to())));
        names.add(r.name());
      }
      peopleRows = rows.size();
      written.add(write(outDir.resolve("people.tsv"), "#name\taliases\tcode\trole\tfrom\tto", rows));
      rows = new LinkedHashSet<>();
      for (PetrarchActors.InstitutionRow r : actorReader.institutions) {
        rows.add(String.join("\t", r.name(), String.join(";", r.aliases()), r.code()));
      }
      institutionRows = rows.size();
      written.add(write(outDir.resolve("institutions.tsv"), "#name\taliases\tcode", rows));
    }
    if (!agents.isEmpty()) {
      Set<String> rows = new LinkedHashSet<>();
      for (PetrarchAgents.AgentRow r : agentReader.agents) rows.add(String.join("\t", r.phrase(), r.sector(), r.note()));
      agentRows = rows.size();
      written.add(write(outDir.resolve("agents.tsv"), "#phrase\tsector\tnote", rows));
    }
    return new Result(peopleRows, names.size(), institutionRows, agentRows, skipped.list(), adjusted.list(),
        List.copyOf(written));
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static String date(LocalDate d) { return d == null ? "" : d.toString(); }

  /** Writes header and rows to a temporary file beside {@code target}, then moves it into place. */
  private static Path write(Path target, String header, Iterable<String> rows) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(header);
        w.write('\n');
        for (String row : rows) {
          w.write(row);
          w.write('\n');
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }
}
