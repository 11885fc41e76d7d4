package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * crmkit's database schema: versioned SQL migrations ({@code V1__customers.sql}, …) for H2,
 * PostgreSQL and MariaDB, shipped in this jar under {@code io/crmkit/jpa/migration/<database>}.
 *
 * <p>Hosts run them with {@link #migrate(DataSource)}, which needs Flyway ({@code flyway-core},
 * plus {@code flyway-database-postgresql} or {@code flyway-mysql}) on the class path, or with their
 * own Flyway: add a second Flyway configuration with {@code locations(CrmSchema.location(...))} and
 * {@code table(CrmSchema.HISTORY_TABLE)}, because crmkit's version numbers would collide with the
 * host's in one history table. Never use provider schema generation ({@code hbm2ddl}) for these
 * tables: the shipped DDL chooses column types both providers read the same way.
 *
 * @since 0.1
 */
public final class CrmSchema {
  /** The Flyway history table of crmkit's migrations, apart from the host's own. */
  public static final String HISTORY_TABLE = "crmkit_schema_history";

  private CrmSchema() {}

  /**
   * Returns the Flyway location of the migrations for a database product.
   *
   * @param databaseProductName the JDBC {@code DatabaseMetaData.getDatabaseProductName()}: {@code
   *     H2}, {@code PostgreSQL} or {@code MariaDB}
   * @return a {@code classpath:} location
   * @throws IllegalArgumentException if crmkit has no migrations for the database
   */
  public static String location(String databaseProductName) {
    String product =
        requireNonNull(databaseProductName, "databaseProductName").toLowerCase(Locale.ROOT);
    String folder;
    if (product.contains("h2")) {
      folder = "h2";
    } else if (product.contains("postgres")) {
      folder = "postgresql";
    } else if (product.contains("mariadb")) {
      folder = "mariadb";
    } else {
      throw new IllegalArgumentException(
          "crmkit has migrations for H2, PostgreSQL and MariaDB but not for "
              + databaseProductName);
    }
    return "classpath:io/crmkit/jpa/migration/" + folder;
  }

  /**
   * Brings the data source's current schema to the newest crmkit version with Flyway, recording the
   * applied versions in {@link #HISTORY_TABLE}; a schema that already holds the host's tables is
   * fine.
   *
   * @param dataSource where to create or upgrade the tables
   * @throws StorageException if the database cannot be reached or a migration fails
   * @throws IllegalStateException if Flyway is not on the class path
   */
  public static void migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StorageException("cannot reach the database to migrate crmkit's schema", e);
    }
    requireFlyway();
    FlywayMigration.run(dataSource, location(product));
  }

  /**
   * Brings the database of a JDBC URL to the newest crmkit version as {@link #migrate(DataSource)}
   * does, for hosts without a data source (for example {@code jdbc:h2:file:./crm}); migrating a
   * database that is up to date changes nothing.
   *
   * @param jdbcUrl the database's URL; its driver must be on the class path
   * @param user the database user
   * @param password the password, empty for none
   * @throws StorageException if the database cannot be reached or a migration fails
   * @throws IllegalStateException if Flyway is not on the class path
   */
  public static void migrate(String jdbcUrl, String user, String password) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    String product;
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new StorageException("cannot reach " + jdbcUrl + " to migrate crmkit's schema", e);
    }
    requireFlyway();
    FlywayMigration.run(jdbcUrl, user, password, location(product));
  }

  private static void requireFlyway() {
    try {
      Class.forName("org.flywaydb.core.Flyway", false, CrmSchema.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "CrmSchema.migrate needs org.flywaydb:flyway-core on the class path", e);
    }
  }
}
