package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A persistence unit of crmkit's tables for hosts without a JPA setup of their own (tools,
 * examples, tests): the settings {@link JpaCrmStore} asks for, on a JDBC URL, with the provider on
 * the class path.
 *
 * <pre>{@code
 * CrmSchema.migrate("jdbc:h2:file:./crm", "sa", "");
 * EntityManagerFactory factory =
 *     CrmPersistenceUnit.createFactory(CrmPersistenceUnit.configuration("jdbc:h2:file:./crm", "sa", ""));
 * CrmStore store = JpaCrmStore.create(factory);
 * }</pre>
 *
 * <p>Hosts with their own {@code persistence.xml} or container-managed unit need none of this: they
 * list {@link JpaCrmStore#managedClassNames()} and set the same properties themselves.
 *
 * @since 0.1
 */
public final class CrmPersistenceUnit {
  /** The name of the units {@link #configuration} describes. */
  public static final String NAME = "crmkit";

  /**
   * The provider properties of {@link #configuration}: JDBC batching of 50 statements for Hibernate
   * and EclipseLink (each ignores the other's) and EclipseLink's shared cache off.
   */
  /** The standard property naming a resource-local unit's data source (a name or an instance). */
  private static final String NON_JTA_DATA_SOURCE = "jakarta.persistence.nonJtaDataSource";

  static final Map<String, String> PROPERTIES =
      Map.of(
          "hibernate.jdbc.batch_size", "50",
          "hibernate.order_inserts", "true",
          "hibernate.order_updates", "true",
          "eclipselink.jdbc.batch-writing", "JDBC",
          "eclipselink.jdbc.batch-writing.size", "50",
          "eclipselink.cache.shared.default", "false");

  private CrmPersistenceUnit() {}

  /**
   * Returns a resource-local unit named {@value #NAME} on the JDBC URL, managing {@link
   * JpaCrmStore#managedClassNames()}, with no shared cache and JDBC batching ({@link #PROPERTIES}).
   * The configuration is the caller's to change: add a provider, a pool or other properties before
   * creating the factory. On PostgreSQL add {@code reWriteBatchedInserts=true} to the URL for fast
   * batched inserts.
   *
   * @param jdbcUrl for example {@code jdbc:h2:file:/var/crm/crm}, {@code
   *     jdbc:postgresql://db/crm?reWriteBatchedInserts=true} or {@code jdbc:mariadb://db/crm}
   * @param user the database user
   * @param password the password, empty for none
   * @return a new configuration
   */
  public static PersistenceConfiguration configuration(
      String jdbcUrl, String user, String password) {
    return withRowsAndSettings(
        new PersistenceConfiguration(NAME)
            .property(PersistenceConfiguration.JDBC_URL, requireNonNull(jdbcUrl, "jdbcUrl"))
            .property(PersistenceConfiguration.JDBC_USER, requireNonNull(user, "user"))
            .property(
                PersistenceConfiguration.JDBC_PASSWORD, requireNonNull(password, "password")));
  }

  /**
   * Returns a resource-local unit named {@value #NAME} on the host's connection pool (HikariCP, for
   * example), with the settings of {@link #configuration(String, String, String)}; Hibernate and
   * EclipseLink both take the pool as {@code jakarta.persistence.nonJtaDataSource}.
   *
   * <p>The pool's auto-commit setting decides the round trips of a {@link JpaCrmStore#create} unit
   * of work: with auto-commit on (HikariCP's default), a unit of work that only lists reminders
   * runs without a transaction and costs its queries alone, while one that writes makes MariaDB's
   * driver send {@code set autocommit=0} and {@code set autocommit=1} around its transaction; with
   * auto-commit off, writes skip those two but a list-only unit of work ends with a {@code
   * ROLLBACK} from the pool (measured by B4 in {@code docs/benchmarks.md}).
   *
   * @param dataSource the pool; the caller closes it after the factory
   * @return a new configuration
   * @since 0.1
   */
  public static PersistenceConfiguration configuration(DataSource dataSource) {
    return withRowsAndSettings(
        new PersistenceConfiguration(NAME)
            .property(NON_JTA_DATA_SOURCE, requireNonNull(dataSource, "dataSource")));
  }

  private static PersistenceConfiguration withRowsAndSettings(
      PersistenceConfiguration configuration) {
    configuration
        .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
        .sharedCacheMode(SharedCacheMode.NONE);
    PROPERTIES.forEach(configuration::property);
    for (String name : JpaCrmStore.managedClassNames()) {
      try {
        configuration.managedClass(
            Class.forName(name, false, CrmPersistenceUnit.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name + " is a managed class of crm-jpa but missing", e);
      }
    }
    return configuration;
  }

  /**
   * Creates the factory of a configuration with the provider it names ({@link
   * PersistenceConfiguration#provider}), or else with the only provider on the class path; a
   * provider is chosen explicitly because Hibernate ignores the name when several are present.
   *
   * @param configuration for example one of {@link #configuration}
   * @return the factory; the caller closes it
   * @throws IllegalStateException if the named provider is not on the class path, or no provider is
   *     named and there is not exactly one
   */
  public static EntityManagerFactory createFactory(PersistenceConfiguration configuration) {
    requireNonNull(configuration, "configuration");
    List<PersistenceProvider> providers =
        PersistenceProviderResolverHolder.getPersistenceProviderResolver()
            .getPersistenceProviders();
    String wanted = configuration.provider();
    List<PersistenceProvider> matching =
        wanted == null
            ? providers
            : providers.stream().filter(p -> p.getClass().getName().equals(wanted)).toList();
    if (matching.size() != 1) {
      throw new IllegalStateException(
          (wanted == null
                  ? "name a provider in the configuration: the class path holds "
                  : "provider " + wanted + " is not on the class path, which holds ")
              + providers.stream().map(p -> p.getClass().getName()).toList());
    }
    return matching.get(0).createEntityManagerFactory(configuration);
  }
}
