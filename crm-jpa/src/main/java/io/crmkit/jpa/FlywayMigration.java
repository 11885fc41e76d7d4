package io.crmkit.jpa;

import io.crmkit.core.shared.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The only class that touches Flyway, loaded only when {@link CrmSchema#migrate} runs. */
final class FlywayMigration {
  private FlywayMigration() {}

  static void run(DataSource dataSource, String location) {
    run(Flyway.configure(CrmSchema.class.getClassLoader()).dataSource(dataSource), location);
  }

  static void run(String url, String user, String password, String location) {
    run(
        Flyway.configure(CrmSchema.class.getClassLoader()).dataSource(url, user, password),
        location);
  }

  private static void run(FluentConfiguration configuration, String location) {
    try {
      configuration
          .locations(location)
          .table(CrmSchema.HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StorageException("crmkit's schema migration failed: " + e.getMessage(), e);
    }
  }
}
