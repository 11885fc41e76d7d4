package io.crmkit.jpa;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The contracts on MariaDB with Hibernate 7. Runs with the databases profile only; there, an
 * unreachable database fails the build.
 */
@EnabledIfSystemProperty(named = "crmkit.databases", matches = "true")
class MariadbHibernateIT extends JpaContractSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }

  @Override
  TestProvider provider() {
    return TestProvider.HIBERNATE;
  }
}
