package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Lists the stored documents with their facts, duplicate links and where each fact came from. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "List the documents in the store: title, publication date, author, outlet, duplicate links, "
        + "counts of events, quotes and figures, and (in JSON Lines and CSV) where each field came from.")
final class DocsCommand implements Callable<Integer> {
  @Mixin StoreListOptions list;
  @Option(names = "--duplicates", description = "Only documents that repeat an earlier one.") boolean duplicatesOnly;

  @Override public Integer call() throws Exception {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("doc", 28);
    columns.put("published", 10);
    columns.put("title", 44);
    columns.put("outlet", 20);
    columns.put("author", 18);
    columns.put("events", 6);
    columns.put("quotes", 6);
    columns.put("figures", 7);
    columns.put("duplicate_of", 0);
    return StoreReader.run("docs", list, columns, store -> store.documents(list.doc, duplicatesOnly ? 0 : list.limit)
        .stream().filter(d -> !duplicatesOnly || d.duplicateOf() != null).limit(list.limit > 0 ? list.limit : Long.MAX_VALUE)
        .map(FactJson::document).toList());
  }
}
