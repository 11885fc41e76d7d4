package io.crmkit.benchmarks;

import io.crmkit.core.shared.StorageException;
import io.crmkit.jpa.CrmSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database B3 and B4 run on. Every {@link #open} makes a schema of its own — an H2 file database
 * under {@code benchmarks/target/h2}, a PostgreSQL schema, a MariaDB database — with crmkit's
 * tables ({@link CrmSchema#migrate}), and {@link Schema#close} drops it, so that the library and
 * the baseline never share tables.
 *
 * <p>PostgreSQL and MariaDB connection settings come from the environment variables crm-jpa's tests
 * read ({@code CRMKIT_PG_URL}, {@code CRMKIT_PG_USER}, {@code CRMKIT_PG_PASSWORD}, {@code
 * CRMKIT_MARIADB_URL}, …), else the system properties ({@code crmkit.pg.url}, …), else {@code
 * 127.0.0.1} with the user {@code postgres} (database {@code test}) and {@code root}. PostgreSQL
 * URLs get {@code reWriteBatchedInserts=true}, as crm-jpa's README recommends; both sides use the
 * same URL.
 */
public enum BenchDatabase {
  /** H2 2.x in file mode, in this JVM. */
  H2 {
    @Override
    Schema create(String name) {
      Path dir = targetDirectory().resolve("h2").resolve(name);
      String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1";
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(url);
      ds.setUser("sa");
      ds.setPassword("");
      return new Schema(
          this,
          ds,
          url,
          "sa",
          "",
          () -> {
            execute(ds, "SHUTDOWN");
            deleteTree(dir);
          });
    }
  },
  /** PostgreSQL, a schema of its own in the configured database. */
  POSTGRESQL {
    @Override
    Schema create(String name) {
      String base = setting("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
      String user = setting("crmkit.pg.user", "postgres");
      String password = setting("crmkit.pg.password", "");
      executeOn(base, user, password, "CREATE SCHEMA IF NOT EXISTS " + name);
      String url =
          base
              + (base.contains("?") ? "&" : "?")
              + "currentSchema="
              + name
              + "&reWriteBatchedInserts=true";
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      ds.setUser(user);
      ds.setPassword(password);
      return new Schema(
          this,
          ds,
          url,
          user,
          password,
          () -> executeOn(base, user, password, "DROP SCHEMA " + name + " CASCADE"));
    }
  },
  /** MariaDB, a database of its own on the configured server. */
  MARIADB {
    @Override
    Schema create(String name) {
      String base = setting("crmkit.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
      String user = setting("crmkit.mariadb.user", "root");
      String password = setting("crmkit.mariadb.password", "");
      executeOn(
          base,
          user,
          password,
          "CREATE DATABASE IF NOT EXISTS "
              + name
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
      int slash = base.indexOf('/', "jdbc:mariadb://".length());
      int query = base.indexOf('?');
      String url = base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
      MariaDbDataSource ds = new MariaDbDataSource();
      try {
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
      } catch (SQLException e) {
        throw new StorageException("bad MariaDB url " + url, e);
      }
      return new Schema(
          this,
          ds,
          url,
          user,
          password,
          () -> executeOn(base, user, password, "DROP DATABASE " + name));
    }
  };

  /** The start of the names of {@link #shared} schemas. */
  public static final String SHARED_PREFIX = "bench_kept_";

  /**
   * Creates a fresh schema named after {@code label} and migrates it to crmkit's newest version.
   *
   * @param label a short lower-case word naming the side (for example {@code lib}, {@code jdbc})
   * @return the open schema; close it to drop it
   */
  public Schema open(String label) {
    String name =
        "bench_" + label + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    Schema schema = create(name);
    try {
      CrmSchema.migrate(schema.dataSource());
    } catch (RuntimeException e) {
      try {
        schema.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    return schema;
  }

  /**
   * Opens the schema of this name, creating and migrating it if it does not exist yet, and keeps it
   * when closed: for data that several benchmark runs of one JMH invocation share (B4 loads 5M
   * reminders once per database). {@link #dropShared} drops every such schema.
   *
   * @param name a lower-case name starting {@code bench_kept_}
   */
  public Schema shared(String name) {
    if (!name.startsWith(SHARED_PREFIX)) {
      throw new IllegalArgumentException("a shared schema's name starts " + SHARED_PREFIX);
    }
    Schema schema = create(name);
    CrmSchema.migrate(schema.dataSource());
    return new Schema(
        this, schema.dataSource(), schema.url(), schema.user(), schema.password(), () -> {});
  }

  /** Drops every schema {@link #shared} made on this database. */
  public void dropShared() {
    for (String name : sharedNames()) {
      create(name).close();
    }
  }

  abstract Schema create(String name);

  /** The names of the schemas {@link #shared} made on this database. */
  List<String> sharedNames() {
    return switch (this) {
      case H2 -> {
        Path dir = targetDirectory().resolve("h2");
        if (!Files.isDirectory(dir)) {
          yield List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
          yield children
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(SHARED_PREFIX))
              .toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      case POSTGRESQL ->
          namesOn(
              setting("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test"),
              setting("crmkit.pg.user", "postgres"),
              setting("crmkit.pg.password", ""),
              "select schema_name from information_schema.schemata");
      case MARIADB ->
          namesOn(
              setting("crmkit.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test"),
              setting("crmkit.mariadb.user", "root"),
              setting("crmkit.mariadb.password", ""),
              "select schema_name from information_schema.schemata");
    };
  }

  private static List<String> namesOn(String url, String user, String password, String sql) {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        String name = r.getString(1);
        if (name.startsWith(SHARED_PREFIX)) {
          names.add(name);
        }
      }
    } catch (SQLException e) {
      throw new StorageException("cannot list the schemas on " + url + ": " + e.getMessage(), e);
    }
    return names;
  }

  /**
   * An open schema of one side.
   *
   * @param database the database it is on
   * @param dataSource connections to it
   * @param url its JDBC URL
   * @param user the user
   * @param password the password
   * @param drop drops it
   */
  public record Schema(
      BenchDatabase database,
      DataSource dataSource,
      String url,
      String user,
      String password,
      Runnable drop)
      implements AutoCloseable {

    /** Opens a connection. */
    public Connection connect() {
      try {
        return dataSource.getConnection();
      } catch (SQLException e) {
        throw new StorageException("cannot connect to " + url + ": " + e.getMessage(), e);
      }
    }

    /** Drops the schema and everything in it. */
    @Override
    public void close() {
      drop.run();
    }
  }

  /**
   * Returns {@code benchmarks/target}: the benchmarks' output folder, from the repository root
   * (where {@code run.sh} starts JMH) or from the module (where Maven runs the tests).
   */
  public static Path targetDirectory() {
    Path fromRoot = Path.of("benchmarks", "target");
    return (Files.isDirectory(fromRoot) ? fromRoot : Path.of("target")).toAbsolutePath();
  }

  /** Reads a connection setting: environment variable, else system property, else the default. */
  static String setting(String property, String fallback) {
    String env = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    if (env != null && !env.isEmpty()) {
      return env;
    }
    String value = System.getProperty(property);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void executeOn(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StorageException("cannot run " + sql + " on " + url + ": " + e.getMessage(), e);
    }
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StorageException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
