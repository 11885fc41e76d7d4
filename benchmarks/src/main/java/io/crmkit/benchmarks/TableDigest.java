package io.crmkit.benchmarks;

import io.crmkit.core.shared.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a set of tables holds, as one SHA-256 and a row count per table: every column except the
 * provider's {@code lock_version} (which Hibernate starts at 0 and EclipseLink at 1), rows in
 * primary-key order, values as the driver's text. Two schemas with equal digests hold the same
 * rows.
 *
 * @param tables per table, its row count and digest
 */
record TableDigest(Map<String, String> tables) {

  /** Copies the map. */
  TableDigest {
    tables = Map.copyOf(tables);
  }

  /**
   * Reads the tables, each ordered by the given key columns.
   *
   * @param tablesAndKeys table name, then its key columns in order, per entry
   */
  static TableDigest of(BenchDatabase.Schema schema, List<List<String>> tablesAndKeys) {
    Map<String, String> tables = new LinkedHashMap<>();
    try (Connection c = schema.connect();
        Statement s = c.createStatement()) {
      for (List<String> t : tablesAndKeys) {
        String table = t.get(0);
        String order = String.join(", ", t.subList(1, t.size()));
        MessageDigest digest = sha256();
        long rows = 0;
        try (ResultSet r = s.executeQuery("select * from " + table + " order by " + order)) {
          ResultSetMetaData meta = r.getMetaData();
          while (r.next()) {
            rows++;
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              if (meta.getColumnLabel(i).toLowerCase(Locale.ROOT).equals("lock_version")) {
                continue;
              }
              String value = r.getString(i);
              digest.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
              digest.update((byte) 0x1f);
            }
            digest.update((byte) 0x1e);
          }
        }
        tables.put(table, rows + " rows, " + HexFormat.of().formatHex(digest.digest()));
      }
    } catch (SQLException e) {
      throw new StorageException("cannot read the tables: " + e.getMessage(), e);
    }
    return new TableDigest(tables);
  }

  /**
   * Throws unless the other digest is equal.
   *
   * @throws IllegalStateException naming every table whose rows differ
   */
  void requireSame(TableDigest other, String what) {
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, String> e : tables.entrySet()) {
      String theirs = other.tables.get(e.getKey());
      if (!e.getValue().equals(theirs)) {
        problems.append(String.format("%n  %s: %s vs %s", e.getKey(), e.getValue(), theirs));
      }
    }
    if (!tables.keySet().equals(other.tables.keySet())) {
      problems.append(String.format("%n  tables %s vs %s", tables.keySet(), other.tables.keySet()));
    }
    if (problems.length() > 0) {
      throw new IllegalStateException(what + " disagree:" + problems);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
