package io.crmkit.benchmarks;

import io.crmkit.jpa.JpaCrmStore;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;

/**
 * The library side's persistence unit: Hibernate on one benchmark schema, bootstrapped the way
 * {@link JpaCrmStore}'s javadoc asks hosts to — the row classes of {@link
 * JpaCrmStore#managedClassNames()}, no shared cache, JDBC batches of {@value #BATCH} with ordered
 * inserts.
 */
final class BenchJpa {
  /** The JDBC batch size of both sides of B3. */
  static final int BATCH = 50;

  private static final String HIBERNATE = "org.hibernate.jpa.HibernatePersistenceProvider";

  private BenchJpa() {}

  /** Creates an entity manager factory on the schema. */
  static EntityManagerFactory hibernate(BenchDatabase.Schema schema) {
    return hibernate(schema, new LibrarySql());
  }

  /** Creates an entity manager factory on the schema that tells {@code sql} its statements. */
  static EntityManagerFactory hibernate(BenchDatabase.Schema schema, LibrarySql sql) {
    PersistenceConfiguration configuration =
        new PersistenceConfiguration("crmkit-bench")
            .provider(HIBERNATE)
            .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
            .sharedCacheMode(SharedCacheMode.NONE)
            .property(PersistenceConfiguration.JDBC_URL, schema.url())
            .property(PersistenceConfiguration.JDBC_USER, schema.user())
            .property(PersistenceConfiguration.JDBC_PASSWORD, schema.password())
            .property("hibernate.jdbc.batch_size", String.valueOf(BATCH))
            .property("hibernate.order_inserts", "true")
            .property("hibernate.order_updates", "true")
            .property("hibernate.connection.pool_size", "4")
            .property("hibernate.session_factory.statement_inspector", sql);
    for (String name : JpaCrmStore.managedClassNames()) {
      try {
        configuration.managedClass(Class.forName(name));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name + " is listed but missing", e);
      }
    }
    // PersistenceConfiguration alone ignores provider(): resolve the provider by class name
    PersistenceProvider provider =
        PersistenceProviderResolverHolder.getPersistenceProviderResolver()
            .getPersistenceProviders()
            .stream()
            .filter(p -> p.getClass().getName().equals(HIBERNATE))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(HIBERNATE + " is not on the class path"));
    return provider.createEntityManagerFactory(configuration);
  }
}
