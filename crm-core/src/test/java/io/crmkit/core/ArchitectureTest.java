package io.crmkit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries DESIGN.md and STYLE.md draw around crm-core, kept by the build. */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.crmkit");
  }

  @Test
  void importer_seesTheMainClasses() {
    // guards every rule below against passing on an empty import
    assertThat(main.contain(io.crmkit.core.customer.Customer.class)).isTrue();
    assertThat(main.contain(Kernel.class)).isTrue();
    assertThat(main.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void core_neverUsesPersistenceJdbcOrRuleEngines() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..",
            "javax.persistence..",
            "java.sql..",
            "javax.sql..",
            "org.hibernate..",
            "org.eclipse.persistence..",
            "org.drools..",
            "org.kie..",
            "org.mvel2..",
            "org.apache.commons.jexl3..",
            "org.springframework.expression..",
            "dev.cel..",
            "org.jeasy.rules..")
        .because("crm-core stays free of storage technology and rule engines (DESIGN.md)")
        .check(main);
  }

  @Test
  void spi_neverReachesInternals() {
    noClasses()
        .that()
        .resideInAPackage("io.crmkit.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("adapter authors must not depend on what is not exported")
        .check(main);
  }

  @Test
  void main_neverReadsTheSystemClock() {
    noClasses()
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .orShould()
        .callConstructor(Date.class)
        .because("time is injected through a Clock so that every rule and test is repeatable")
        .check(main);
  }

  @Test
  void packages_haveNoGrabBagNames() {
    noClasses()
        .should()
        .resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..")
        .because("a helper lives beside the concept it serves (STYLE.md)")
        .check(main);
  }

  @Test
  void memoryStore_exposesOnlyItsFactory() {
    classes()
        .that()
        .resideInAPackage("io.crmkit.core.memory")
        .and()
        .haveSimpleNameNotEndingWith("InMemoryCrmStore")
        .and()
        .areNotAnonymousClasses()
        .should()
        .notBePublic()
        .because("implementation classes stay package-private behind InMemoryCrmStore.create()")
        .check(main);
  }

  @Test
  void aggregates_areFinal() {
    classes()
        .that()
        .haveSimpleName("Customer")
        .or()
        .haveSimpleName("Contact")
        .or()
        .haveSimpleName("CrmKit")
        .should()
        .haveModifier(JavaModifier.FINAL)
        .check(main);
  }
}
