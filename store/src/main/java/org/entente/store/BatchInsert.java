package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts rows through multi-row {@code INSERT ... VALUES (...), (...), ...} prepared statements, inside the
 * connection's current transaction. DuckDB's JDBC {@code addBatch} runs one statement per row, and its Appender
 * commits on its own (outside the transaction), so neither fits; chunks of rows per statement are ~15x faster
 * than {@code addBatch}.
 */
final class BatchInsert implements AutoCloseable {
  private final Connection connection;
  private final String table;
  private final String rowPlaceholder;
  private final int columns;
  private final int rowsPerChunk;
  private final List<Object[]> pending = new ArrayList<>();
  private PreparedStatement full;

  /**
   * @param placeholders one SQL placeholder expression per column, e.g. {@code ?} or {@code CAST(? AS DATE)}
   */
  BatchInsert(Connection connection, String table, List<String> columnNames, List<String> placeholders) {
    if (columnNames.size() != placeholders.size()) throw new IllegalArgumentException("columns and placeholders differ");
    this.connection = connection;
    this.table = table + " (" + String.join(", ", columnNames) + ")";
    this.rowPlaceholder = "(" + String.join(", ", placeholders) + ")";
    this.columns = columnNames.size();
    this.rowsPerChunk = Math.max(1, 2000 / columns);
  }

  void add(Object... row) throws SQLException {
    if (row.length != columns) throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns + " columns");
    pending.add(row);
    if (pending.size() == rowsPerChunk) {
      if (full == null) full = connection.prepareStatement(sql(rowsPerChunk));
      execute(full);
    }
  }

  /** Writes the rows not yet written. */
  void flush() throws SQLException {
    if (pending.isEmpty()) return;
    try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
      execute(rest);
    }
  }

  private String sql(int rows) {
    StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
    for (int i = 0; i < rows; i++) sb.append(i == 0 ? "" : ", ").append(rowPlaceholder);
    return sb.toString();
  }

  private void execute(PreparedStatement statement) throws SQLException {
    int p = 1;
    for (Object[] row : pending) for (Object value : row) statement.setObject(p++, value);
    statement.executeUpdate();
    pending.clear();
  }

  @Override public void close() throws SQLException {
    if (full != null) full.close();
  }
}
