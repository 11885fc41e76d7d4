package io.crmkit.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Rules are pure: they read neither the clock nor a store, and use no reflection. */
class RulesArchitectureTest {
  private final JavaClasses main =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.crmkit.rules");

  @Test
  void rules_neverReadTheClockTheStoreOrReflect() {
    assertThat(main.contain(RuleParser.class)).isTrue();
    noClasses()
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("io.crmkit.spi..", "java.lang.reflect..", "io.crmkit.core.memory..")
        .because("a rule is a pure function of the subject and its asOf day (DESIGN.md)")
        .check(main);
  }
}
