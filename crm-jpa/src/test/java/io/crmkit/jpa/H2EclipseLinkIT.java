package io.crmkit.jpa;

/** The contracts on H2 (in memory) with EclipseLink 5. */
class H2EclipseLinkIT extends JpaContractSuite {
  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }

  @Override
  TestProvider provider() {
    return TestProvider.ECLIPSELINK;
  }
}
