package io.crmkit.benchmarks;

import io.crmkit.jpa.CrmPersistenceUnit;
import io.crmkit.jpa.JpaCrmStore;
import jakarta.persistence.EntityManagerFactory;

/**
 * The library side's persistence unit: {@link CrmPersistenceUnit#configuration} (the settings
 * {@link JpaCrmStore} asks hosts for: its row classes, no shared cache, JDBC batches of {@value
 * #BATCH} with ordered inserts) on one benchmark schema, with Hibernate.
 */
final class BenchJpa {
  /** The JDBC batch size of both sides of B3: CrmPersistenceUnit's. */
  static final int BATCH = 50;

  private static final String HIBERNATE = "org.hibernate.jpa.HibernatePersistenceProvider";

  private BenchJpa() {}

  /** Creates an entity manager factory on the schema. */
  static EntityManagerFactory hibernate(BenchDatabase.Schema schema) {
    return hibernate(schema, new LibrarySql());
  }

  /** Creates an entity manager factory on the schema that tells {@code sql} its statements. */
  static EntityManagerFactory hibernate(BenchDatabase.Schema schema, LibrarySql sql) {
    return CrmPersistenceUnit.createFactory(
        CrmPersistenceUnit.configuration(schema.url(), schema.user(), schema.password())
            .provider(HIBERNATE)
            .property("hibernate.connection.pool_size", "4")
            .property("hibernate.session_factory.statement_inspector", sql));
  }
}
