package org.entente.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** Lists the stored figures: money, percentages, counts and ratios with what they measure. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "List the figures in the store (money, percentages, counts, ratios) with what they measure, "
        + "the year and the actors of their sentence.")
final class FiguresCommand implements Callable<Integer> {
  @Mixin StoreListOptions list;
  @Option(names = "--kind", description = "money, percent, count or ratio.") String kind;

  @Override public Integer call() throws Exception {
    Map<String, Integer> columns = new LinkedHashMap<>();
    columns.put("kind", 7);
    columns.put("value", 14);
    columns.put("unit", 10);
    columns.put("qualifier", 9);
    columns.put("measures", 22);
    columns.put("year", 10);
    columns.put("actors", 14);
    columns.put("text", 30);
    columns.put("doc", 0);
    return StoreReader.run("figures", list, columns,
        store -> store.figures(list.doc, kind, list.limit).stream().map(FactJson::figure).toList());
  }
}
