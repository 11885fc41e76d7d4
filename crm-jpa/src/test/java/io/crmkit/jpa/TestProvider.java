package io.crmkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.Map;

/**
 * A JPA provider the tests run on, bootstrapped programmatically with the settings {@link
 * JpaCrmStore}'s javadoc asks hosts for: the row classes, no shared cache, JDBC batching.
 */
enum TestProvider {
  HIBERNATE(
      "org.hibernate.jpa.HibernatePersistenceProvider",
      Map.of(
          "hibernate.jdbc.batch_size", "50",
          "hibernate.order_inserts", "true",
          "hibernate.order_updates", "true",
          "hibernate.connection.pool_size", "8")),
  ECLIPSELINK(
      "org.eclipse.persistence.jpa.PersistenceProvider",
      Map.of(
          "eclipselink.jdbc.batch-writing", "JDBC",
          "eclipselink.jdbc.batch-writing.size", "50",
          "eclipselink.cache.shared.default", "false",
          "eclipselink.weaving", "false",
          "eclipselink.logging.level", "WARNING"));

  private final String providerClass;
  private final Map<String, String> properties;

  TestProvider(String providerClass, Map<String, String> properties) {
    this.providerClass = providerClass;
    this.properties = properties;
  }

  /** Returns the provider's class name. */
  String providerClass() {
    return providerClass;
  }

  /** Returns the provider's test properties. */
  Map<String, String> properties() {
    return properties;
  }

  /** Creates a factory on the schema; PersistenceConfiguration alone ignores the provider. */
  EntityManagerFactory create(TestDatabase.Schema schema) {
    PersistenceConfiguration configuration =
        new PersistenceConfiguration("crmkit-" + name().toLowerCase(java.util.Locale.ROOT))
            .provider(providerClass)
            .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
            .sharedCacheMode(SharedCacheMode.NONE)
            .property(PersistenceConfiguration.JDBC_URL, schema.url())
            .property(PersistenceConfiguration.JDBC_USER, schema.user())
            .property(PersistenceConfiguration.JDBC_PASSWORD, schema.password());
    properties.forEach(configuration::property);
    for (String name : JpaCrmStore.managedClassNames()) {
      try {
        configuration.managedClass(Class.forName(name));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name + " is listed but missing", e);
      }
    }
    PersistenceProvider provider =
        PersistenceProviderResolverHolder.getPersistenceProviderResolver()
            .getPersistenceProviders()
            .stream()
            .filter(p -> p.getClass().getName().equals(providerClass))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException(providerClass + " is not on the class path"));
    return provider.createEntityManagerFactory(configuration);
  }
}
