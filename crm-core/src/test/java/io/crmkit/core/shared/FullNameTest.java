package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class FullNameTest {

  @Test
  void full_hanFamilyFirst_joinsWithoutSpace() {
    FullName name = FullName.familyFirst("张", "伟");

    assertThat(name.full()).isEqualTo("张伟");
    assertThat(name).hasToString("张伟");
    assertThat(name.order()).isEqualTo(NameOrder.FAMILY_FIRST);
  }

  @Test
  void full_latinGivenFirst_joinsWithSpace() {
    FullName name = FullName.givenFirst("John", "Smith");

    assertThat(name.full()).isEqualTo("John Smith");
    assertThat(name.family()).isEqualTo("Smith");
    assertThat(name.given()).isEqualTo("John");
  }

  @Test
  void full_latinFamilyFirst_keepsOrderWithSpace() {
    assertThat(FullName.familyFirst("Zhang", "Wei").full()).isEqualTo("Zhang Wei");
  }

  @Test
  void full_kanaHangulAndMiddleDot_joinWithoutSpace() {
    assertThat(FullName.familyFirst("山田", "たろう").full()).isEqualTo("山田たろう");
    assertThat(FullName.familyFirst("김", "민준").full()).isEqualTo("김민준");
    assertThat(FullName.givenFirst("阿依古丽", "·买买提").full()).isEqualTo("阿依古丽·买买提");
  }

  @Test
  void full_mixedScripts_joinWithSpace() {
    assertThat(FullName.familyFirst("张", "David").full()).isEqualTo("张 David");
  }

  @Test
  void full_singleName_isTheGivenName() {
    FullName name = new FullName(null, " 阿来 ", NameOrder.FAMILY_FIRST);

    assertThat(name.full()).isEqualTo("阿来");
    assertThat(name.family()).isNull();
  }

  @Test
  void new_blankFamily_becomesAbsent() {
    assertThat(new FullName("  ", "Madonna", NameOrder.GIVEN_FIRST).family()).isNull();
  }

  @Test
  void new_blankGivenAndOverLongFamily_listsBoth() {
    assertThatThrownBy(() -> FullName.familyFirst("欧".repeat(101), " "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("family", "given");
              assertThat(e.errors().get(0).rule()).isEqualTo("must be at most 100 characters");
              assertThat(e.errors().get(1).rule()).isEqualTo("must not be blank");
            });
  }

  @Test
  void new_lengthCountsCodePoints() {
    String hundredEmoji = "\uD83D\uDE00".repeat(FullName.MAX_PART);
    assertThat(FullName.givenFirst(hundredEmoji, "Smith").given()).isEqualTo(hundredEmoji);
    assertThatThrownBy(() -> FullName.givenFirst(hundredEmoji + "x", "Smith"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void familyFirstAndGivenFirst_absentFamily_throwNullPointer() {
    assertThatThrownBy(() -> FullName.familyFirst(null, "伟"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FullName.givenFirst("John", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equals_comparesNormalisedPartsAndOrder() {
    new EqualsTester()
        .addEqualityGroup(
            FullName.familyFirst("张", "伟"), new FullName(" 张", "伟 ", NameOrder.FAMILY_FIRST))
        .addEqualityGroup(FullName.givenFirst("伟", "张"))
        .addEqualityGroup(new FullName(null, "伟", NameOrder.FAMILY_FIRST))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(FullName.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(FullName.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(FullName.familyFirst("张", "伟"));
  }

  @Test
  void new_anyTexts_giveCleanNameOrValidation() {
    qt().forAll(HostileInput.texts(), HostileInput.texts(), Generate.enumValues(NameOrder.class))
        .checkAssert(
            (family, given, order) ->
                validOrRejected("family|given", () -> new FullName(family, given, order))
                    .ifPresent(
                        name -> {
                          AddressTest.assertCleanText(name.given());
                          if (name.family() != null) {
                            AddressTest.assertCleanText(name.family());
                            assertThat(name.full()).contains(name.family());
                          }
                          assertThat(name.full()).contains(name.given());
                          assertThat(new FullName(name.family(), name.given(), order))
                              .isEqualTo(name);
                        }));
  }
}
