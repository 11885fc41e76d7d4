package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A typed condition over a {@link Subject}, composed like a Specification with {@link #and}, {@link
 * #or} and {@link #not}. It is checked for types when it is built and {@link #compile()}s to a
 * composed {@link Predicate}; its {@code toString()} is the text form {@link RuleParser} reads back
 * to an equal condition.
 *
 * @since 0.1
 */
public sealed interface Condition
    permits Condition.All,
        Condition.Any,
        Condition.Negation,
        Condition.Constant,
        Condition.NumberComparison,
        Condition.AmountComparison,
        Condition.CodeIn,
        Condition.Contains {

  /** Compiles the condition to a predicate: no reflection, map lookup or boxing per test. */
  Predicate<Subject> compile();

  /** Returns the condition that holds when both hold. */
  default Condition and(Condition other) {
    return new All(List.of(this, other));
  }

  /** Returns the condition that holds when either holds. */
  default Condition or(Condition other) {
    return new Any(List.of(this, other));
  }

  /** Returns the condition that holds when this one does not. */
  default Condition not() {
    return new Negation(this);
  }

  /**
   * Every part holds.
   *
   * @param parts at least two conditions
   */
  record All(List<Condition> parts) implements Condition {
    /** Copies the parts. */
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public Predicate<Subject> compile() {
      Predicate<Subject> result = parts.get(0).compile();
      for (Condition part : parts.subList(1, parts.size())) {
        result = result.and(part.compile());
      }
      return result;
    }

    @Override
    public String toString() {
      return parts.stream().map(Condition::toString).collect(Collectors.joining(" and ", "(", ")"));
    }
  }

  /**
   * At least one part holds.
   *
   * @param parts at least two conditions
   */
  record Any(List<Condition> parts) implements Condition {
    /** Copies the parts. */
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public Predicate<Subject> compile() {
      Predicate<Subject> result = parts.get(0).compile();
      for (Condition part : parts.subList(1, parts.size())) {
        result = result.or(part.compile());
      }
      return result;
    }

    @Override
    public String toString() {
      return parts.stream().map(Condition::toString).collect(Collectors.joining(" or ", "(", ")"));
    }
  }

  /**
   * The part does not hold.
   *
   * @param part the negated condition
   */
  record Negation(Condition part) implements Condition {
    /** Requires the part. */
    public Negation {
      requireNonNull(part, "part");
    }

    @Override
    public Predicate<Subject> compile() {
      return part.compile().negate();
    }

    @Override
    public String toString() {
      return "not " + part;
    }
  }

  /**
   * Always or never holds.
   *
   * @param value the constant
   */
  record Constant(boolean value) implements Condition {
    @Override
    public Predicate<Subject> compile() {
      return value ? s -> true : s -> false;
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * Two numeric expressions compared; an absent value makes every operator but {@code !=} false.
   *
   * @param left the left side
   * @param operator the comparison
   * @param right the right side
   */
  record NumberComparison(NumberExpr left, Comparison operator, NumberExpr right)
      implements Condition {
    /** Requires every part. */
    public NumberComparison {
      requireNonNull(left, "left");
      requireNonNull(operator, "operator");
      requireNonNull(right, "right");
    }

    @Override
    public Predicate<Subject> compile() {
      ToDoubleFunction<Subject> l = left.compile();
      ToDoubleFunction<Subject> r = right.compile();
      Comparison op = operator;
      return s -> op.holds(l.applyAsDouble(s), r.applyAsDouble(s));
    }

    @Override
    public String toString() {
      return left + " " + operator.symbol() + " " + right;
    }
  }

  /**
   * A money field compared with an amount, in the amount's currency.
   *
   * @param field the money field
   * @param operator the comparison
   * @param amount the amount and currency
   */
  record AmountComparison(Field.Amount field, Comparison operator, Money amount)
      implements Condition {
    /** Requires every part. */
    public AmountComparison {
      requireNonNull(field, "field");
      requireNonNull(operator, "operator");
      requireNonNull(amount, "amount");
    }

    @Override
    public Predicate<Subject> compile() {
      Currency currency = amount.currency();
      BigDecimal threshold = amount.amount();
      Comparison op = operator;
      var read = field.read();
      return s -> op.holds(read.apply(s, currency).compareTo(threshold));
    }

    @Override
    public String toString() {
      return field.name()
          + " "
          + operator.symbol()
          + " "
          + amount.amount().toPlainString()
          + " "
          + amount.currency().getCurrencyCode();
    }
  }

  /**
   * A code field is one of the codes (an absent code is in no set).
   *
   * @param field the code field
   * @param codes the accepted codes
   */
  record CodeIn(Field.Code field, Set<String> codes) implements Condition {
    /** Requires the field and copies the codes. */
    public CodeIn {
      requireNonNull(field, "field");
      codes = Set.copyOf(codes);
    }

    @Override
    public Predicate<Subject> compile() {
      var read = field.read();
      Set<String> accepted = codes;
      return s -> {
        String code = read.apply(s);
        return code != null && accepted.contains(code);
      };
    }

    @Override
    public String toString() {
      return field.name()
          + " in ("
          + codes.stream().sorted().map(RuleParser::quote).collect(Collectors.joining(", "))
          + ")";
    }
  }

  /**
   * A set-of-codes field holds the code.
   *
   * @param field the field
   * @param code the code
   */
  record Contains(Field.Codes field, String code) implements Condition {
    /** Requires both parts. */
    public Contains {
      requireNonNull(field, "field");
      requireNonNull(code, "code");
    }

    @Override
    public Predicate<Subject> compile() {
      return field.contains().apply(code);
    }

    @Override
    public String toString() {
      return field.name() + " contains " + RuleParser.quote(code);
    }
  }
}
