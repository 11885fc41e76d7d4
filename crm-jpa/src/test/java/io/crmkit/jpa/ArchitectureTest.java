package io.crmkit.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries STYLE.md draws, as they apply to crm-jpa. */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit.jpa");
  }

  @Test
  void importer_seesTheMainClasses() {
    assertThat(main.contain(JpaCrmStore.class)).isTrue();
    assertThat(main.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void main_neverReadsTheSystemClock() {
    noClasses()
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .check(main);
  }

  @Test
  void main_neverDependsOnAProvider() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hibernate..", "org.eclipse.persistence..", "org.h2..")
        .because("the provider is the host's choice (DESIGN.md)")
        .check(main);
  }

  @Test
  void onlyFlywayMigration_touchesFlyway() {
    noClasses()
        .that()
        .doNotHaveSimpleName("FlywayMigration")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.flywaydb..")
        .because("Flyway is optional at run time")
        .check(main);
  }

  @Test
  void api_neverMentionsInternalTypes() {
    for (Class<?> api :
        new Class<?>[] {
          JpaCrmStore.class,
          CrmSchema.class,
          JpaBulkImport.class,
          CustomerImport.class,
          ImportReport.class,
          CrmPersistenceUnit.class
        }) {
      for (Method m : api.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        assertThat(m.getReturnType().getName()).as(m.toString()).doesNotContain(".internal.");
        assertThat(Arrays.stream(m.getParameterTypes()).map(Class::getName))
            .as(m.toString())
            .noneMatch(n -> n.contains(".internal."));
      }
    }
  }
}
