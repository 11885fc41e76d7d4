package io.crmkit.jpa;

import io.crmkit.core.shared.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The only class that touches Flyway, loaded only when {@link CrmSchema#migrate} runs. */
final class FlywayMigration {
  private FlywayMigration() {}

  static void run(DataSource dataSource, String location) {
    try {
      Flyway.configure(CrmSchema.class.getClassLoader())
          .dataSource(dataSource)
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
