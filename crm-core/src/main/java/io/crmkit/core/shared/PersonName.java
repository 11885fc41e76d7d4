package io.crmkit.core.shared;

import io.crmkit.core.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person's name, with a Chinese and a Latin form both first-class: {@code 张伟} and {@code Wei
 * Zhang} for one person, or only one of them. At least one form is required.
 *
 * @param chinese the name in Chinese characters, if known
 * @param latin the name in Latin letters (pinyin or a Western name), if known
 * @since 0.1
 */
public record PersonName(@Nullable FullName chinese, @Nullable FullName latin) {

  /**
   * Validates that at least one form is present.
   *
   * @throws ValidationException if both are absent
   */
  public PersonName {
    if (chinese == null && latin == null) {
      throw ValidationException.of("name", null, "needs a chinese or a latin form");
    }
  }

  /** Returns a name known only in Chinese, family first ({@code 张}, {@code 伟}). */
  public static PersonName chinese(String family, String given) {
    return new PersonName(FullName.familyFirst(family, given), null);
  }

  /** Returns a name known only in Latin letters, given name first ({@code John}, {@code Smith}). */
  public static PersonName latin(String given, String family) {
    return new PersonName(null, FullName.givenFirst(given, family));
  }

  /**
   * Builds a name from raw parts, listing every problem: either form may be absent (both family and
   * given {@code null}).
   *
   * @throws ValidationException listing every problem of both forms
   */
  public static PersonName of(
      @Nullable String chineseFamily,
      @Nullable String chineseGiven,
      @Nullable String latinGiven,
      @Nullable String latinFamily) {
    Problems problems = Problems.create();
    FullName chinese =
        form(problems, "name.chinese", chineseFamily, chineseGiven, NameOrder.FAMILY_FIRST);
    FullName latin = form(problems, "name.latin", latinFamily, latinGiven, NameOrder.GIVEN_FIRST);
    problems.check(
        chinese != null || latin != null || !problems.isEmpty(),
        "name",
        null,
        "needs a chinese or a latin form");
    problems.throwIfAny();
    return new PersonName(chinese, latin);
  }

  private static @Nullable FullName form(
      Problems problems,
      String path,
      @Nullable String family,
      @Nullable String given,
      NameOrder order) {
    if (family == null && given == null) {
      return null;
    }
    if (given == null) {
      // a family name alone is incomplete input, not a programming error
      problems.text(path + ".family", family, FullName.MAX_PART, false);
      problems.add(path + ".given", null, "must not be blank");
      return null;
    }
    return problems.nested(path, () -> new FullName(family, given, order));
  }

  /** Returns the Chinese form if present, else the Latin one. */
  public String displayName() {
    return chinese != null ? chinese.full() : latin.full();
  }

  /**
   * Returns the lower-cased texts a name-prefix search matches: each full form and each family
   * name.
   */
  public List<String> searchKeys() {
    List<String> keys = new ArrayList<>(4);
    for (FullName form : new FullName[] {chinese, latin}) {
      if (form != null) {
        keys.add(form.full().toLowerCase(Locale.ROOT));
        if (form.family() != null) {
          keys.add(form.family().toLowerCase(Locale.ROOT));
        }
      }
    }
    return keys;
  }

  @Override
  public String toString() {
    return chinese != null && latin != null
        ? chinese.full() + " (" + latin.full() + ")"
        : displayName();
  }
}
