package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.function.ToDoubleFunction;

/**
 * A numeric expression: a number field, a literal, or arithmetic on two expressions.
 *
 * @since 0.1
 */
public sealed interface NumberExpr
    permits NumberExpr.FieldRef, NumberExpr.Literal, NumberExpr.Arithmetic {

  /** Compiles the expression to a function of the subject; no boxing when it runs. */
  ToDoubleFunction<Subject> compile();

  /**
   * A reference to a number field.
   *
   * @param field the field
   */
  record FieldRef(Field.Number field) implements NumberExpr {
    /** Requires the field. */
    public FieldRef {
      requireNonNull(field, "field");
    }

    @Override
    public ToDoubleFunction<Subject> compile() {
      return field.read();
    }

    @Override
    public String toString() {
      return field.name();
    }
  }

  /**
   * A number written in the rule, kept without trailing zeros so that {@code 5}, {@code 5.0} and
   * {@code Conditions.value(5)} are the same literal.
   *
   * @param value the number
   */
  record Literal(BigDecimal value) implements NumberExpr {
    /** Requires the value and drops its trailing zeros. */
    public Literal {
      BigDecimal plain = requireNonNull(value, "value").stripTrailingZeros();
      value = plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    @Override
    public ToDoubleFunction<Subject> compile() {
      double constant = value.doubleValue();
      return s -> constant;
    }

    @Override
    public String toString() {
      return value.toPlainString();
    }
  }

  /**
   * Arithmetic on two expressions; dividing by zero gives an absent value ({@code NaN}).
   *
   * @param operator one of {@code + - * /}
   * @param left the left operand
   * @param right the right operand
   */
  record Arithmetic(char operator, NumberExpr left, NumberExpr right) implements NumberExpr {
    /** Requires a known operator and both operands. */
    public Arithmetic {
      requireNonNull(left, "left");
      requireNonNull(right, "right");
      if ("+-*/".indexOf(operator) < 0) {
        throw new IllegalArgumentException("operator must be one of + - * / but was " + operator);
      }
    }

    @Override
    public ToDoubleFunction<Subject> compile() {
      ToDoubleFunction<Subject> l = left.compile();
      ToDoubleFunction<Subject> r = right.compile();
      return switch (operator) {
        case '+' -> s -> l.applyAsDouble(s) + r.applyAsDouble(s);
        case '-' -> s -> l.applyAsDouble(s) - r.applyAsDouble(s);
        case '*' -> s -> l.applyAsDouble(s) * r.applyAsDouble(s);
        default ->
            s -> {
              double divisor = r.applyAsDouble(s);
              return divisor == 0 ? Double.NaN : l.applyAsDouble(s) / divisor;
            };
      };
    }

    @Override
    public String toString() {
      return "(" + left + " " + operator + " " + right + ")";
    }
  }
}
