package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The parts of the bulk import and of the ready persistence unit that need no database. */
class JpaBulkImportTest {
  private static final EntityManagerFactory UNUSED =
      (EntityManagerFactory)
          Proxy.newProxyInstance(
              JpaBulkImportTest.class.getClassLoader(),
              new Class<?>[] {EntityManagerFactory.class},
              (proxy, method, args) -> {
                throw new AssertionError("the factory must not be used: " + method.getName());
              });

  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  @Test
  void withChunkSizeAndFlushSize_belowOne_areRefusedNamingTheSetting() {
    JpaBulkImport bulk = JpaBulkImport.into(UNUSED, CLOCK);

    assertThatThrownBy(() -> bulk.withChunkSize(0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("chunkSize"));
    assertThatThrownBy(() -> bulk.withFlushSize(-1))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("flushSize"));
    assertThat(bulk.withChunkSize(7).withFlushSize(3))
        .hasToString("JpaBulkImport(chunks of 7, flush every 3)");
  }

  @Test
  void importReport_negativeCount_isRefused_andPlusAddsEveryCount() {
    assertThatThrownBy(() -> new ImportReport(1, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(new ImportReport(1, 2, 3, 1, 1).plus(new ImportReport(2, 4, 6, 2, 1)))
        .isEqualTo(new ImportReport(3, 6, 9, 3, 2));
  }

  @Test
  void configuration_managesEveryRowClassWithoutSharedCacheAndWithBatching() {
    PersistenceConfiguration configuration =
        CrmPersistenceUnit.configuration("jdbc:h2:mem:unused", "sa", "");

    assertThat(configuration.managedClasses())
        .extracting(Class::getName)
        .containsExactlyElementsOf(JpaCrmStore.managedClassNames());
    assertThat(configuration.sharedCacheMode()).isEqualTo(jakarta.persistence.SharedCacheMode.NONE);
    assertThat(configuration.properties())
        .containsEntry(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:unused")
        .containsEntry("hibernate.jdbc.batch_size", "50")
        .containsEntry("eclipselink.jdbc.batch-writing", "JDBC");
  }

  @Test
  void createFactory_noProviderNamedAndTwoPresent_isRefusedNamingThem() {
    PersistenceConfiguration configuration =
        CrmPersistenceUnit.configuration("jdbc:h2:mem:unused", "sa", "");

    assertThatThrownBy(() -> CrmPersistenceUnit.createFactory(configuration))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.hibernate.jpa.HibernatePersistenceProvider")
        .hasMessageContaining("org.eclipse.persistence.jpa.PersistenceProvider");
    assertThatThrownBy(
            () -> CrmPersistenceUnit.createFactory(configuration.provider("com.example.Nope")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("com.example.Nope");
  }
}
