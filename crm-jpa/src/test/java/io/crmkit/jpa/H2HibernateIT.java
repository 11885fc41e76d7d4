package io.crmkit.jpa;

/** The contracts on H2 (in memory) with Hibernate 7. */
class H2HibernateIT extends JpaContractSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @Override
  TestProvider provider() {
    return TestProvider.HIBERNATE;
  }
}
