package io.crmkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

  /**
   * Creates an entity manager factory on a HikariCP pool of the schema with HikariCP's defaults
   * (auto-commit on, so that a unit of work that only lists runs without a transaction: see {@link
   * CrmPersistenceUnit#configuration(javax.sql.DataSource)}) that tells {@code sql} its statements:
   * B4's library side, set up as a host would.
   */
  static Pooled pooled(BenchDatabase.Schema schema, LibrarySql sql) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(schema.url());
    config.setUsername(schema.user());
    config.setPassword(schema.password());
    config.setMaximumPoolSize(4);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      return new Pooled(
          CrmPersistenceUnit.createFactory(
              CrmPersistenceUnit.configuration(pool)
                  .provider(HIBERNATE)
                  .property("hibernate.session_factory.statement_inspector", sql)),
          pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * A factory on a pool of its own.
   *
   * @param factory the factory
   * @param pool its connections
   */
  record Pooled(EntityManagerFactory factory, HikariDataSource pool) implements AutoCloseable {
    /** Closes the factory, then the pool. */
    @Override
    public void close() {
      try {
        factory.close();
      } finally {
        pool.close();
      }
    }
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
