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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the database's plan of a statement ({@code EXPLAIN} with the statement's parameter
 * values), writes it to {@code benchmarks/target/plans/<name>.txt} under a summary line (the index
 * read, and whether rows come in index order or are sorted after reading), and checks the index.
 */
final class QueryPlans {
  private QueryPlans() {}

  /**
   * A captured plan.
   *
   * @param database the database that made it
   * @param name what was explained (the file name)
   * @param sql the statement
   * @param lines the plan, one line per row of the EXPLAIN result
   * @param file where it was written
   */
  record Plan(BenchDatabase database, String name, String sql, List<String> lines, Path file) {
    /**
     * Returns the index the plan reads the table through, lower case, or empty for a full scan.
     * PostgreSQL names it in an {@code Index [Only] Scan using …} or {@code Bitmap Index Scan on …}
     * node, MariaDB in the {@code key} column, H2 in the comment after the table ({@code tableScan}
     * for none).
     */
    Optional<String> index() {
      Pattern pattern =
          switch (database) {
            case POSTGRESQL -> POSTGRES_INDEX;
            case MARIADB -> MARIADB_INDEX;
            case H2 -> H2_INDEX;
          };
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        if (m.find() && !m.group(1).equalsIgnoreCase("null") && !m.group(1).contains(".")) {
          return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
        }
      }
      return Optional.empty();
    }

    /**
     * Returns whether the rows come in the index's order, so that a page stops reading after its
     * rows: no {@code Sort} node (PostgreSQL), no {@code Using filesort} (MariaDB), {@code index
     * sorted} (H2).
     */
    boolean readsInIndexOrder() {
      String text = String.join("\n", lines).toLowerCase(Locale.ROOT);
      return switch (database) {
        case POSTGRESQL -> !POSTGRES_SORT.matcher(String.join("\n", lines)).find();
        case MARIADB -> !text.contains("using filesort");
        case H2 -> text.contains("index sorted");
      };
    }

    /** Returns the one-line summary written at the top of the plan's file. */
    String summary() {
      return "index "
          + index().orElse("none (full scan)")
          + ", rows "
          + (readsInIndexOrder() ? "in index order" : "sorted after reading");
    }
  }

  private static final Pattern POSTGRES_INDEX =
      Pattern.compile(
          "(?:(?:Index Scan|Index Only Scan)(?: Backward)? using|Bitmap Index Scan on) (\\S+)");
  private static final Pattern POSTGRES_SORT =
      Pattern.compile("(?m)^\\s*(?:->\\s*)?(?:Incremental )?Sort\\b");
  private static final Pattern MARIADB_INDEX = Pattern.compile("\\| key=(\\S+) \\|");
  private static final Pattern H2_INDEX = Pattern.compile("/\\* \\w+\\.(\\S+?)(?::| \\*/|$)");

  /**
   * Explains the statement with the parameter values, writes the plan and checks that it reads
   * {@code index} in index order, so that a page stops reading after its rows.
   *
   * @throws IllegalStateException if it reads another index, or sorts what it read
   */
  static Plan requireIndex(
      BenchDatabase.Schema schema, String name, String sql, String index, Object... parameters) {
    Plan plan = explain(schema, name, sql, parameters);
    if (!plan.index().equals(Optional.of(index)) || !plan.readsInIndexOrder()) {
      throw new IllegalStateException(
          "the plan of "
              + name
              + " on "
              + schema.database()
              + " does not read "
              + index
              + " in index order ("
              + plan.summary()
              + "):\n"
              + String.join("\n", plan.lines()));
    }
    return plan;
  }

  /**
   * Explains the statement with the parameter values, writes the plan and checks that it reads some
   * index.
   *
   * @throws IllegalStateException if it scans the whole table
   */
  static Plan requireSomeIndex(
      BenchDatabase.Schema schema, String name, String sql, Object... parameters) {
    Plan plan = explain(schema, name, sql, parameters);
    if (plan.index().isEmpty()) {
      throw new IllegalStateException(
          "the plan of "
              + name
              + " on "
              + schema.database()
              + " reads no index:\n"
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
    Plan plan = new Plan(schema.database(), name, sql, List.copyOf(lines), file);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          "-- "
              + schema.database()
              + ": "
              + plan.summary()
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
    return plan;
  }
}
