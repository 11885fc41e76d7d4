package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.TenantId;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * crm-jpa on an H2 file database ({@code jdbc:h2:file:…}) set up the way a host without its own JPA
 * configuration does, with {@link CrmSchema#migrate(String, String, String)} and {@link
 * CrmPersistenceUnit}: what is written survives closing everything, and migrating again changes
 * nothing.
 */
class H2FileIT {
  private static final Instant AT = Instant.parse("2024-03-10T02:30:00.123456Z");

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(TestProvider.class)
  void fileDatabase_writtenClosedAndReopened_readsBackEverythingAndMigratesOnce(
      TestProvider provider) throws SQLException {
    String url = "jdbc:h2:file:" + folder.resolve("crm").toAbsolutePath();
    TenantId tenant = TenantId.of("file");
    CrmSchema.migrate(url, "sa", "");
    int migrations = query(url, "SELECT COUNT(*) FROM \"crmkit_schema_history\"");
    List<CustomerImport> imported = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      imported.add(
          CustomerImport.of(
              Customer.register(
                  CustomerId.of(UUID.randomUUID()),
                  NewCustomer.organization(tenant, "文件库 " + i + " 😀"),
                  AT)));
    }
    Customer saved =
        Customer.register(
            CustomerId.of(UUID.randomUUID()), NewCustomer.organization(tenant, "单存"), AT);
    saved.classifyIndustry(Industry.of("machinery"), AT.plusSeconds(1));

    withStore(
        provider,
        url,
        factory -> {
          JpaBulkImport.into(factory, Clock.fixed(AT, ZoneOffset.UTC)).run(tenant, imported);
          return JpaCrmStore.create(factory).inTransaction(u -> u.customers().save(saved));
        });
    assertThat(Files.exists(folder.resolve("crm.mv.db"))).isTrue();
    CrmSchema.migrate(url, "sa", "");

    assertThat(query(url, "SELECT COUNT(*) FROM \"crmkit_schema_history\"")).isEqualTo(migrations);
    assertThat(migrations).isGreaterThanOrEqualTo(4);
    withStore(
        provider,
        url,
        factory -> {
          JpaCrmStore store = JpaCrmStore.create(factory);
          long count = store.inTransaction(u -> u.customers().count(CustomerQuery.in(tenant)));
          assertThat(count).isEqualTo(4);
          List<Customer> expected = new ArrayList<>();
          imported.forEach(i -> expected.add(i.customer()));
          expected.add(saved);
          for (Customer customer : expected) {
            CustomerSnapshot read =
                store.inTransaction(
                    u -> u.customers().findById(tenant, customer.id()).orElseThrow().snapshot());
            assertThat(read).isEqualTo(customer.snapshot().withVersion(1));
          }
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(TestProvider.class)
  void dataSourceConfiguration_savesAndReadsThroughTheHostsPool(TestProvider provider) {
    String url = "jdbc:h2:file:" + folder.resolve("pooled").toAbsolutePath();
    CrmSchema.migrate(url, "sa", "");
    AtomicInteger connections = new AtomicInteger();
    DataSource driver = new DriverDataSource(url, "sa", "");
    DataSource pool =
        (DataSource)
            Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    connections.incrementAndGet();
                  }
                  try {
                    return method.invoke(driver, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    TenantId tenant = TenantId.of("pooled");
    Customer saved =
        Customer.register(
            CustomerId.of(UUID.randomUUID()), NewCustomer.organization(tenant, "连接池"), AT);
    PersistenceConfiguration configuration =
        CrmPersistenceUnit.configuration(pool).provider(provider.providerClass());
    provider.properties().forEach(configuration::property);
    EntityManagerFactory factory = CrmPersistenceUnit.createFactory(configuration);
    try {
      JpaCrmStore store = JpaCrmStore.create(factory);
      store.inTransaction(u -> u.customers().save(saved));
      CustomerSnapshot read =
          store.inTransaction(
              u -> u.customers().findById(tenant, saved.id()).orElseThrow().snapshot());
      assertThat(read).isEqualTo(saved.snapshot().withVersion(1));
    } finally {
      factory.close();
    }
    assertThat(connections).as("connections taken from the host's pool").hasPositiveValue();
  }

  /** Opens a factory as a host would, runs the work, and closes the factory and the database. */
  private static void withStore(
      TestProvider provider, String url, Function<EntityManagerFactory, ?> work) {
    PersistenceConfiguration configuration =
        CrmPersistenceUnit.configuration(url, "sa", "").provider(provider.providerClass());
    provider.properties().forEach(configuration::property);
    EntityManagerFactory factory = CrmPersistenceUnit.createFactory(configuration);
    try {
      work.apply(factory);
    } finally {
      factory.close();
    }
  }

  private static int query(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
