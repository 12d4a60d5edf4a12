package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Lists the stored quotations with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List the direct quotations in the store with their speakers and the speakers' actor codes.")
final class QuotesCommand implements Callable<Integer> {
  @Mixin StoreListOptions list;
  @Option(names = "--speaker", paramLabel = "CODE", description = "Speaker actor code prefix, e.g. RUS or CHNGOV.") String speaker;

  @Override public Integer call() throws Exception {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("speaker_actor", 13);
    columns.put("speaker", 30);
    columns.put("quote", 80);
    columns.put("doc", 0);
    return StoreReader.run("quotes", list, columns,
        store -> store.quotes(list.doc, speaker, list.limit).stream().map(FactJson::quote).toList());
  }
}
