package io.crmkit.jpa;

import io.crmkit.core.shared.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database the tests run on, with a schema of its own per test class (dropped by {@link
 * Schema#close}), so that test classes never see each other's rows.
 *
 * <p>Connection settings of PostgreSQL and MariaDB come from the environment variable if set
 * ({@code CRMKIT_PG_URL}, {@code CRMKIT_PG_USER}, {@code CRMKIT_PG_PASSWORD}, {@code
 * CRMKIT_MARIADB_URL}, …), else from the system property ({@code crmkit.pg.url}, …; the {@code
 * databases} profile passes them), else the defaults of this machine.
 */
enum TestDatabase {
  H2 {
    @Override
    Schema open() {
      String url = "jdbc:h2:mem:" + uniqueName() + ";DB_CLOSE_DELAY=-1";
      DataSource ds = new DriverDataSource(url, "sa", "");
      return new Schema(this, ds, url, "sa", "", () -> execute(ds, "SHUTDOWN"));
    }
  },
  POSTGRESQL {
    @Override
    Schema open() {
      String base = setting("crmkit.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
      String user = setting("crmkit.pg.user", "postgres");
      String password = setting("crmkit.pg.password", "");
      String schema = uniqueName();
      executeOn(base, user, password, "CREATE SCHEMA " + schema);
      String url =
          base
              + (base.contains("?") ? "&" : "?")
              + "currentSchema="
              + schema
              + "&reWriteBatchedInserts=true";
      DataSource ds = new DriverDataSource(url, user, password);
      return new Schema(
          this,
          ds,
          url,
          user,
          password,
          () -> executeOn(base, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }
  },
  MARIADB {
    @Override
    Schema open() {
      String base = setting("crmkit.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test");
      String user = setting("crmkit.mariadb.user", "root");
      String password = setting("crmkit.mariadb.password", "");
      String database = uniqueName();
      executeOn(
          base,
          user,
          password,
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
      int slash = base.indexOf('/', "jdbc:mariadb://".length());
      int query = base.indexOf('?');
      String url =
          base.substring(0, slash + 1) + database + (query < 0 ? "" : base.substring(query));
      DataSource ds = new DriverDataSource(url, user, password);
      return new Schema(
          this,
          ds,
          url,
          user,
          password,
          () -> executeOn(base, user, password, "DROP DATABASE " + database));
    }
  };

  /** Creates a schema of its own on this database. */
  abstract Schema open();

  /** An open schema: where one test class keeps its tables. */
  record Schema(
      TestDatabase database,
      DataSource dataSource,
      String url,
      String user,
      String password,
      Runnable drop)
      implements AutoCloseable {
    @Override
    public void close() {
      drop.run();
    }
  }

  static String setting(String property, String fallback) {
    String env = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    if (env != null && !env.isEmpty()) {
      return env;
    }
    String value = System.getProperty(property);
    return value == null || value.isEmpty() && !property.endsWith("password") ? fallback : value;
  }

  private static String uniqueName() {
    return "crmkit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
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
}
