package io.crmkit.benchmarks;

import io.crmkit.core.shared.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Captures the database's plan of a statement ({@code EXPLAIN} with the statement's parameter
 * values), writes it to {@code benchmarks/target/plans/<name>.txt}, and checks that it reads the
 * expected index: PostgreSQL names it in an {@code Index Scan using …} or {@code Index Only Scan}
 * node, MariaDB in the {@code key} column, H2 in the comment after the table.
 */
final class QueryPlans {
  private QueryPlans() {}

  /**
   * A captured plan.
   *
   * @param name what was explained (the file name)
   * @param sql the statement
   * @param lines the plan, one line per row of the EXPLAIN result
   * @param file where it was written
   */
  record Plan(String name, String sql, List<String> lines, Path file) {
    /** Returns whether the plan names the index. */
    boolean usesIndex(String index) {
      String wanted = index.toLowerCase(Locale.ROOT);
      return lines.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(wanted));
    }

    /** Returns whether the plan sorts the rows itself instead of reading them in index order. */
    boolean sorts() {
      return lines.stream()
          .map(l -> l.toLowerCase(Locale.ROOT))
          .anyMatch(
              l -> l.contains("filesort") || l.trim().startsWith("sort") || l.contains("-> sort"));
    }
  }

  /**
   * Explains the statement with the parameter values, writes the plan and checks the index.
   *
   * @throws IllegalStateException if the plan does not name {@code index}
   */
  static Plan requireIndex(
      BenchDatabase.Schema schema, String name, String sql, String index, Object... parameters) {
    Plan plan = explain(schema, name, sql, parameters);
    if (!plan.usesIndex(index)) {
      throw new IllegalStateException(
          "the plan of "
              + name
              + " on "
              + schema.database()
              + " does not use "
              + index
              + ":\n"
              + String.join("\n", plan.lines()));
    }
    return plan;
  }

  /** Explains the statement with the parameter values and writes the plan. */
  static Plan explain(BenchDatabase.Schema schema, String name, String sql, Object... parameters) {
    List<String> lines = new ArrayList<>();
    try (Connection c = schema.connect();
        PreparedStatement s = c.prepareStatement("explain " + sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        while (r.next()) {
          StringBuilder line = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnCount() > 1) {
              line.append(i > 1 ? " | " : "").append(meta.getColumnLabel(i)).append('=');
            }
            line.append(r.getString(i));
          }
          lines.add(line.toString());
        }
      }
    } catch (SQLException e) {
      throw new StorageException("cannot explain " + name + ": " + e.getMessage(), e);
    }
    Path file = BenchDatabase.targetDirectory().resolve("plans").resolve(name + ".txt");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "-- "
              + schema.database()
              + "\n-- "
              + sql
              + "\n-- parameters "
              + List.of(parameters)
              + "\n"
              + String.join("\n", lines)
              + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Plan(name, sql, List.copyOf(lines), file);
  }
}
