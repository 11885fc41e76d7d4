package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PersonNameTest {

  @Test
  void chinese_rendersFamilyFirstWithoutSpace() {
    PersonName name = PersonName.chinese("张", "伟");

    assertThat(name.displayName()).isEqualTo("张伟");
    assertThat(name.latin()).isNull();
    assertThat(name).hasToString("张伟");
  }

  @Test
  void of_bothForms_displaysChineseAndShowsBoth() {
    PersonName name = PersonName.of("张", "伟", "Wei", "Zhang");

    assertThat(name.displayName()).isEqualTo("张伟");
    assertThat(name.latin()).isEqualTo(FullName.givenFirst("Wei", "Zhang"));
    assertThat(name).hasToString("张伟 (Wei Zhang)");
  }

  @Test
  void latin_displaysGivenFirst() {
    assertThat(PersonName.latin("John", "Smith").displayName()).isEqualTo("John Smith");
  }

  @Test
  void searchKeys_listFullFormsAndFamilyNamesLowerCased() {
    assertThat(PersonName.of("张", "伟", "Wei", "ZHANG").searchKeys())
        .containsExactly("张伟", "张", "wei zhang", "zhang");
    assertThat(
            new PersonName(null, new FullName(null, "Madonna", NameOrder.GIVEN_FIRST)).searchKeys())
        .containsExactly("madonna");
  }

  @Test
  void searchKeys_doNotDependOnTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
    try {
      assertThat(PersonName.latin("Ivan", "IVANOV").searchKeys()).contains("ivan ivanov", "ivanov");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void of_onlyGivenNames_areNamesWithoutFamily() {
    PersonName name = PersonName.of(null, "阿来", null, null);

    assertThat(name.chinese()).isEqualTo(new FullName(null, "阿来", NameOrder.FAMILY_FIRST));
    assertThat(name.searchKeys()).containsExactly("阿来");
  }

  @Test
  void of_noForm_throwsValidationNamingName() {
    assertThatThrownBy(() -> PersonName.of(null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("name");
              assertThat(e.errors().get(0).rejectedValue()).isNull();
            });
    assertThatThrownBy(() -> new PersonName(null, null)).isInstanceOf(ValidationException.class);
  }

  @Test
  void of_problemsInBothForms_listsEveryOneWithItsPath() {
    assertThatThrownBy(() -> PersonName.of("张".repeat(101), " ", "Wei\u0007", "Zhang"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "name.chinese.family", "name.chinese.given", "name.latin.given"));
  }

  @Test
  void of_familyWithoutGiven_throwsValidationNotNullPointer() {
    assertThatThrownBy(() -> PersonName.of("张", null, null, "Zhang"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("name.chinese.given", "name.latin.given");
              assertThat(e.errors()).extracting(FieldError::rejectedValue).containsOnlyNulls();
            });
  }

  @Test
  void equals_comparesBothForms() {
    new EqualsTester()
        .addEqualityGroup(PersonName.chinese("张", "伟"), PersonName.of(" 张", "伟", null, null))
        .addEqualityGroup(PersonName.of("张", "伟", "Wei", "Zhang"))
        .addEqualityGroup(PersonName.latin("Wei", "Zhang"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(PersonName.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(PersonName.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(PersonName.of("张", "伟", "Wei", "Zhang"));
  }

  @Test
  void of_anyTextsOrAbsence_giveNameOrValidation() {
    Gen<String> part =
        Generate.frequency(
            org.quicktheories.api.Pair.of(4, HostileInput.texts()),
            org.quicktheories.api.Pair.of(1, Generate.constant((String) null)));
    qt().forAll(part, part, part, part)
        .checkAssert(
            (chineseFamily, chineseGiven, latinGiven, latinFamily) ->
                validOrRejected(
                        "name|name\\.(chinese|latin)\\.(family|given)",
                        () -> PersonName.of(chineseFamily, chineseGiven, latinGiven, latinFamily))
                    .ifPresent(
                        name -> {
                          assertThat(name.chinese() != null || name.latin() != null).isTrue();
                          assertThat(name.searchKeys())
                              .isNotEmpty()
                              .allSatisfy(
                                  key -> assertThat(key).isEqualTo(key.toLowerCase(Locale.ROOT)))
                              .contains(name.displayName().toLowerCase(Locale.ROOT));
                        }));
  }
}
