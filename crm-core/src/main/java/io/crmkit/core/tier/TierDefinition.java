package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tier of a ladder: its code, its rank (1 is the lowest tier), its names per language, and its
 * entitlements.
 *
 * @param code the tier code, unique in its ladder
 * @param rank the position in the ladder, 1 for the lowest; ranks of a ladder run 1..n without gaps
 * @param displayNames names per language tag ({@code zh}, {@code zh-CN}, {@code en}), sorted by tag
 * @param entitlements what the tier gives
 * @since 0.1
 */
public record TierDefinition(
    TierCode code, int rank, Map<String, String> displayNames, Entitlements entitlements) {

  /**
   * Validates every part and lists all problems.
   *
   * @throws io.crmkit.core.shared.ValidationException if the rank is below 1, a language tag is not
   *     well-formed or a name is blank or too long
   */
  public TierDefinition {
    requireNonNull(code, "code");
    requireNonNull(entitlements, "entitlements");
    Problems problems = Problems.create();
    problems.check(rank >= 1, "rank", rank, "must be at least 1");
    TreeMap<String, String> names = new TreeMap<>();
    displayNames.forEach(
        (tag, name) -> {
          Locale locale = Locale.forLanguageTag(tag);
          boolean wellFormed =
              !locale.getLanguage().isEmpty() && locale.toLanguageTag().equalsIgnoreCase(tag);
          problems.check(
              wellFormed, "displayNames", tag, "must be keyed by BCP 47 language tags like zh-CN");
          String text = problems.text("displayNames." + tag, name, 100, true);
          if (wellFormed && text != null) {
            names.put(locale.toLanguageTag(), text);
          }
        });
    problems.throwIfAny();
    displayNames = Collections.unmodifiableMap(names);
  }

  /** Returns a tier with no display names and no entitlements. */
  public static TierDefinition of(String code, int rank) {
    return new TierDefinition(TierCode.of(code), rank, Map.of(), Entitlements.NONE);
  }

  /** Returns a copy with a name in one language. */
  public TierDefinition named(Locale language, String name) {
    Map<String, String> names = new TreeMap<>(displayNames);
    names.put(language.toLanguageTag(), name);
    return new TierDefinition(code, rank, names, entitlements);
  }

  /** Returns a copy with the entitlements. */
  public TierDefinition entitled(Entitlements newEntitlements) {
    return new TierDefinition(code, rank, displayNames, newEntitlements);
  }

  /**
   * Returns the name for a language: the exact tag, else the language alone, else the code ({@code
   * zh-TW} falls back to {@code zh}, then to {@code 金卡}).
   */
  public String displayName(Locale language) {
    String exact = displayNames.get(language.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    return displayNames.getOrDefault(language.getLanguage(), code.code());
  }
}
