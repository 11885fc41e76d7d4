package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A person's name in one script, with its family/given order kept: {@code 张伟} is family {@code 张},
 * given {@code 伟}, {@link NameOrder#FAMILY_FIRST}; {@code John Smith} is given first.
 *
 * @param family the family name, or {@code null} for a person known by one name only
 * @param given the given name (or the only name)
 * @param order the order the name is written in
 * @since 0.1
 */
public record FullName(@Nullable String family, String given, NameOrder order) {
  /** The longest name part accepted, in code points. */
  public static final int MAX_PART = 100;

  /**
   * Validates both parts and lists all problems.
   *
   * @throws ValidationException if the given name is blank, a part is too long or has control
   *     characters
   */
  public FullName {
    Problems problems = Problems.create();
    family = problems.text("family", family, MAX_PART, false);
    given = problems.text("given", given, MAX_PART, true);
    problems.require(order, "order");
    problems.throwIfAny();
  }

  /** Returns a family-first name, as Chinese names are written ({@code 张}, {@code 伟}). */
  public static FullName familyFirst(String family, String given) {
    return new FullName(requireNonNull(family, "family"), given, NameOrder.FAMILY_FIRST);
  }

  /**
   * Returns a given-first name, as most Western names are written ({@code John}, {@code Smith}).
   */
  public static FullName givenFirst(String given, String family) {
    return new FullName(requireNonNull(family, "family"), given, NameOrder.GIVEN_FIRST);
  }

  /**
   * Renders the name in its order; Han, Kana and Hangul names are joined without a space ({@code
   * 张伟}), others with one ({@code Zhang Wei}, {@code John Smith}).
   */
  public String full() {
    if (family == null) {
      return given;
    }
    String first = order == NameOrder.FAMILY_FIRST ? family : given;
    String second = order == NameOrder.FAMILY_FIRST ? given : family;
    String separator = isCjk(first) && isCjk(second) ? "" : " ";
    return first + separator + second;
  }

  private static boolean isCjk(String text) {
    return text.codePoints()
        .allMatch(
            cp -> {
              Character.UnicodeScript script = Character.UnicodeScript.of(cp);
              return script == Character.UnicodeScript.HAN
                  || script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA
                  || script == Character.UnicodeScript.HANGUL
                  || cp == '·';
            });
  }

  @Override
  public String toString() {
    return full();
  }
}
