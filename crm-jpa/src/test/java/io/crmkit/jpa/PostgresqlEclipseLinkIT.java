package io.crmkit.jpa;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contracts on PostgreSQL with EclipseLink 5. Runs with the databases profile only; there, an
 * unreachable database fails the build.
 */
@EnabledIfSystemProperty(named = "crmkit.databases", matches = "true")
class PostgresqlEclipseLinkIT extends JpaContractSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }

  @Override
  TestProvider provider() {
    return TestProvider.ECLIPSELINK;
  }
}
