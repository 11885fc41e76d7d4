package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ABC classes end, as cumulative shares of revenue: class A runs up to {@code a}, class B
 * up to {@code b}, class C is the rest.
 *
 * <p>An account is classed by the cumulative share of the accounts ranked before it: it is A when
 * that share is below {@code a}, so the account that crosses {@code a} is A, and the account after
 * one that reaches {@code a} exactly is B; likewise for B. Class A is therefore the fewest top
 * accounts that make at least {@code a} of revenue.
 *
 * @param a the cumulative share class A runs up to, in (0, 1)
 * @param b the cumulative share class B runs up to, above {@code a} and at most 1
 * @since 0.1
 */
public record AbcCutPoints(BigDecimal a, BigDecimal b) {
  private static final AbcCutPoints STANDARD =
      new AbcCutPoints(new BigDecimal("0.80"), new BigDecimal("0.95"));

  /**
   * Validates that both cut points lie in (0, 1] and increase.
   *
   * @throws ValidationException listing every cut point outside (0, 1] and cut points that do not
   *     increase
   */
  public AbcCutPoints {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    List<FieldError> errors = new ArrayList<>();
    checkRange("a", a, errors);
    checkRange("b", b, errors);
    if (a.compareTo(b) >= 0) {
      errors.add(
          new FieldError(
              "b", b.toPlainString(), "must be greater than cut point a " + a.toPlainString()));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Returns the common cut points: A up to 80% of revenue, B up to 95%, C the rest. */
  public static AbcCutPoints standard() {
    return STANDARD;
  }

  /**
   * Returns cut points given in text, such as {@code of("0.7", "0.9")}.
   *
   * @throws ValidationException if a cut point lies outside (0, 1] or they do not increase
   * @throws NumberFormatException if a value is not a decimal number
   */
  public static AbcCutPoints of(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return new AbcCutPoints(new BigDecimal(a), new BigDecimal(b));
  }

  private static void checkRange(String field, BigDecimal cut, List<FieldError> errors) {
    if (cut.signum() <= 0 || cut.compareTo(BigDecimal.ONE) > 0) {
      errors.add(new FieldError(field, cut.toPlainString(), "must be in (0, 1]"));
    }
  }
}
