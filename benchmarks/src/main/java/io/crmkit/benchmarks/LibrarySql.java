package io.crmkit.benchmarks;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Remembers the SQL Hibernate sends for each table the library side reads, so that B4 can {@code
 * EXPLAIN} the library's own statements rather than the baseline's look-alikes. Hibernate calls it
 * for every statement it prepares; it changes nothing.
 */
final class LibrarySql implements StatementInspector {
  private static final long serialVersionUID = 1L;

  private final ConcurrentMap<String, String> lastSelectByTable = new ConcurrentHashMap<>();

  @Override
  public String inspect(String sql) {
    String lower = sql.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("select")) {
      int from = lower.indexOf(" from ");
      if (from > 0) {
        String rest = lower.substring(from + 6).trim();
        int end = rest.indexOf(' ');
        lastSelectByTable.put(end < 0 ? rest : rest.substring(0, end), sql);
      }
    }
    return sql;
  }

  /**
   * Returns the last select Hibernate prepared on the table.
   *
   * @throws IllegalStateException if there was none
   */
  String lastSelectFrom(String table) {
    String sql = lastSelectByTable.get(table);
    if (sql == null) {
      throw new IllegalStateException("Hibernate prepared no select from " + table + " yet");
    }
    return sql;
  }
}
