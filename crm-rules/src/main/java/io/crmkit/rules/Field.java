package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A named, typed value of a {@link Subject} that conditions read: a number (an absent value is
 * {@code NaN}), an amount of money in a currency the condition names, a code, or a set of codes.
 * {@link Fields#standard()} has the built-in ones; hosts add their own.
 *
 * @since 0.1
 */
public sealed interface Field permits Field.Number, Field.Amount, Field.Code, Field.Codes {

  /** Returns the field's name in the text form, e.g. {@code orders_365d}. */
  String name();

  /**
   * A numeric field.
   *
   * @param name the name
   * @param read reads the value; {@code NaN} when absent
   */
  record Number(String name, ToDoubleFunction<Subject> read) implements Field {
    /** Requires both parts. */
    public Number {
      requireNonNull(name, "name");
      requireNonNull(read, "read");
    }
  }

  /**
   * A money field, read in the currency the condition names.
   *
   * @param name the name
   * @param read reads the amount in a currency (zero when there is none)
   */
  record Amount(String name, BiFunction<Subject, Currency, BigDecimal> read) implements Field {
    /** Requires both parts. */
    public Amount {
      requireNonNull(name, "name");
      requireNonNull(read, "read");
    }
  }

  /**
   * A code field (industry, region, …).
   *
   * @param name the name
   * @param read reads the code; {@code null} when absent
   */
  record Code(String name, Function<Subject, @Nullable String> read) implements Field {
    /** Requires both parts. */
    public Code {
      requireNonNull(name, "name");
      requireNonNull(read, "read");
    }
  }

  /**
   * A set-of-codes field (tags), tested for one member at a time.
   *
   * @param name the name
   * @param contains turns a code, once when the condition is compiled, into the test whether a
   *     subject's set holds it (and may reject a malformed code with a {@link
   *     io.crmkit.core.shared.ValidationException})
   */
  record Codes(String name, Function<String, Predicate<Subject>> contains) implements Field {
    /** Requires both parts. */
    public Codes {
      requireNonNull(name, "name");
      requireNonNull(contains, "contains");
    }
  }
}
