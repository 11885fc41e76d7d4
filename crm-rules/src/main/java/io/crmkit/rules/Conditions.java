package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The Java DSL for conditions, checked for types as they are built; it builds the same {@link
 * Condition}s {@link RuleParser} reads from text:
 *
 * <pre>{@code
 * Conditions c = Conditions.standard();
 * Condition gold =
 *     c.amount("spend_365d", Comparison.GE, Money.of("100000", "CNY"))
 *         .and(c.compare(c.number("orders_365d"), Comparison.GE, Conditions.value(5)));
 * }</pre>
 *
 * @since 0.1
 */
public final class Conditions {
  private static final Conditions STANDARD = new Conditions(Fields.standard());

  private final Fields fields;

  private Conditions(Fields fields) {
    this.fields = fields;
  }

  /** Returns the DSL over the built-in fields. */
  public static Conditions standard() {
    return STANDARD;
  }

  /** Returns the DSL over the given fields. */
  public static Conditions over(Fields fields) {
    return new Conditions(requireNonNull(fields, "fields"));
  }

  /**
   * Returns a reference to a number field.
   *
   * @throws ValidationException if there is no number field of that name
   */
  public NumberExpr number(String field) {
    return new NumberExpr.FieldRef(field(field, Field.Number.class));
  }

  /** Returns a number literal. */
  public static NumberExpr value(double number) {
    return new NumberExpr.Literal(BigDecimal.valueOf(number));
  }

  /** Returns a comparison of two numeric expressions. */
  public Condition compare(NumberExpr left, Comparison operator, NumberExpr right) {
    return new Condition.NumberComparison(left, operator, right);
  }

  /**
   * Returns a comparison of a money field with an amount, read in the amount's currency.
   *
   * @throws ValidationException if there is no money field of that name
   */
  public Condition amount(String field, Comparison operator, Money threshold) {
    return new Condition.AmountComparison(field(field, Field.Amount.class), operator, threshold);
  }

  /**
   * Returns the condition that a code field is one of the codes.
   *
   * @throws ValidationException if there is no code field of that name, or no code is given
   */
  public Condition codeIn(String field, String... codes) {
    if (codes.length == 0) {
      throw ValidationException.of("codes", field, "must name at least one code");
    }
    return new Condition.CodeIn(field(field, Field.Code.class), Set.of(codes));
  }

  /**
   * Returns the condition that a set-of-codes field holds the code.
   *
   * @throws ValidationException if there is no such field, or the code is invalid for it
   */
  public Condition contains(String field, String code) {
    Field.Codes codes = field(field, Field.Codes.class);
    codes.contains().apply(code);
    return new Condition.Contains(codes, code);
  }

  /** Returns the condition that every part holds. */
  public static Condition all(Condition first, Condition... rest) {
    return rest.length == 0 ? first : new Condition.All(list(first, rest));
  }

  /** Returns the condition that at least one part holds. */
  public static Condition any(Condition first, Condition... rest) {
    return rest.length == 0 ? first : new Condition.Any(list(first, rest));
  }

  private static List<Condition> list(Condition first, Condition... rest) {
    Condition[] all = new Condition[rest.length + 1];
    all[0] = requireNonNull(first, "first");
    System.arraycopy(rest, 0, all, 1, rest.length);
    return List.of(all);
  }

  private <F extends Field> F field(String name, Class<F> type) {
    Field field = fields.find(requireNonNull(name, "field")).orElse(null);
    if (!type.isInstance(field)) {
      throw ValidationException.of(
          "field",
          name,
          field == null
              ? "must be one of " + fields.names()
              : "must be a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " field");
    }
    return type.cast(field);
  }
}
