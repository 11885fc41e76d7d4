package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One problem found while validating input: the field (a dotted path such as {@code
 * contactPoints[1].phone}), the rejected value as text, and the rule it broke.
 *
 * @param field the dotted path of the rejected field
 * @param rejectedValue the rejected value rendered as text, or {@code null} when it was absent
 * @param rule a lower-case sentence naming the rule, e.g. {@code "must not be blank"}
 * @since 0.1
 */
public record FieldError(String field, @Nullable String rejectedValue, String rule) {

  /** Validates that field and rule are present. */
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(rule, "rule");
  }

  /** Returns a copy of this error with {@code prefix.} put in front of the field path. */
  public FieldError under(String prefix) {
    return new FieldError(prefix.isEmpty() ? field : prefix + "." + field, rejectedValue, rule);
  }

  /** Renders the error as {@code field must ... but was 'value'}. */
  @Override
  public String toString() {
    return field
        + " "
        + rule
        + (rejectedValue == null ? " but was absent" : " but was '" + rejectedValue + "'");
  }
}
