package io.crmkit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Compiles the conditions of several rules together so that each field they name is read at most
 * once per subject: number and money fields go through slots of a {@link Reads}, filled on the
 * first read for the current subject; code and set-of-codes tests, which are cheap, run as {@link
 * Condition#compile()} makes them. Fields are pure functions of the subject, so the results are
 * those of the conditions compiled one by one.
 *
 * <p>One instance compiles one group of rules and is then only read; each thread evaluating them
 * takes its own {@link #newReads()}.
 */
final class SharedReads {
  private final Map<Field.Number, Integer> numberSlots = new HashMap<>();
  private final List<ToDoubleFunction<Subject>> numberReads = new ArrayList<>();
  private final Map<List<Object>, Integer> amountSlots = new HashMap<>();
  private final List<Field.Amount> amountFields = new ArrayList<>();
  private final List<Currency> amountCurrencies = new ArrayList<>();

  /** Compiles a condition to a test of the current subject of a {@link Reads}. */
  Predicate<Reads> compile(Condition condition) {
    if (condition instanceof Condition.All all) {
      Predicate<Reads> result = compile(all.parts().get(0));
      for (Condition part : all.parts().subList(1, all.parts().size())) {
        result = result.and(compile(part));
      }
      return result;
    }
    if (condition instanceof Condition.Any any) {
      Predicate<Reads> result = compile(any.parts().get(0));
      for (Condition part : any.parts().subList(1, any.parts().size())) {
        result = result.or(compile(part));
      }
      return result;
    }
    if (condition instanceof Condition.Negation negation) {
      return compile(negation.part()).negate();
    }
    if (condition instanceof Condition.Constant constant) {
      return constant.value() ? r -> true : r -> false;
    }
    if (condition instanceof Condition.NumberComparison comparison) {
      ToDoubleFunction<Reads> left = compile(comparison.left());
      ToDoubleFunction<Reads> right = compile(comparison.right());
      Comparison op = comparison.operator();
      return r -> op.holds(left.applyAsDouble(r), right.applyAsDouble(r));
    }
    if (condition instanceof Condition.AmountComparison comparison) {
      int slot = amountSlot(comparison.field(), comparison.amount().currency());
      BigDecimal threshold = comparison.amount().amount();
      Comparison op = comparison.operator();
      return r -> op.holds(r.amount(slot).compareTo(threshold));
    }
    Predicate<Subject> test = condition.compile();
    return r -> test.test(r.subject);
  }

  /** Returns a fresh set of slots for one thread. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  Reads newReads() {
    return new Reads(
        numberReads.toArray(ToDoubleFunction[]::new),
        amountFields.toArray(Field.Amount[]::new),
        amountCurrencies.toArray(Currency[]::new));
  }

  private ToDoubleFunction<Reads> compile(NumberExpr expression) {
    if (expression instanceof NumberExpr.FieldRef ref) {
      int slot =
          numberSlots.computeIfAbsent(
              ref.field(),
              f -> {
                numberReads.add(f.read());
                return numberReads.size() - 1;
              });
      return r -> r.number(slot);
    }
    if (expression instanceof NumberExpr.Arithmetic arithmetic) {
      // the operands share slots; the arithmetic itself is cheap and stays as compiled
      ToDoubleFunction<Reads> l = compile(arithmetic.left());
      ToDoubleFunction<Reads> rr = compile(arithmetic.right());
      return switch (arithmetic.operator()) {
        case '+' -> r -> l.applyAsDouble(r) + rr.applyAsDouble(r);
        case '-' -> r -> l.applyAsDouble(r) - rr.applyAsDouble(r);
        case '*' -> r -> l.applyAsDouble(r) * rr.applyAsDouble(r);
        default ->
            r -> {
              double divisor = rr.applyAsDouble(r);
              return divisor == 0 ? Double.NaN : l.applyAsDouble(r) / divisor;
            };
      };
    }
    ToDoubleFunction<Subject> constant = expression.compile();
    return r -> constant.applyAsDouble(r.subject);
  }

  private int amountSlot(Field.Amount field, Currency currency) {
    return amountSlots.computeIfAbsent(
        List.of(field, currency),
        k -> {
          amountFields.add(field);
          amountCurrencies.add(currency);
          return amountFields.size() - 1;
        });
  }

  /**
   * The field values of the current subject, read on first use. Not thread-safe: one per thread.
   */
  static final class Reads {
    private final ToDoubleFunction<Subject>[] numberReads;
    private final Field.Amount[] amountFields;
    private final Currency[] currencies;
    private final double[] numbers;
    private final int[] numberRound;
    private final BigDecimal[] amounts;
    private final int[] amountRound;
    private int round;
    Subject subject;

    Reads(
        ToDoubleFunction<Subject>[] numberReads,
        Field.Amount[] amountFields,
        Currency[] currencies) {
      this.numberReads = numberReads;
      this.amountFields = amountFields;
      this.currencies = currencies;
      this.numbers = new double[numberReads.length];
      this.numberRound = new int[numberReads.length];
      this.amounts = new BigDecimal[amountFields.length];
      this.amountRound = new int[amountFields.length];
    }

    /** Moves on to the next subject; every slot is unread again. */
    void start(Subject next) {
      subject = next;
      if (++round == 0) {
        // after 2^32 subjects the rounds wrap; clear so that no stale slot looks current
        java.util.Arrays.fill(numberRound, 0);
        java.util.Arrays.fill(amountRound, 0);
        round = 1;
      }
    }

    double number(int slot) {
      if (numberRound[slot] != round) {
        numbers[slot] = numberReads[slot].applyAsDouble(subject);
        numberRound[slot] = round;
      }
      return numbers[slot];
    }

    BigDecimal amount(int slot) {
      if (amountRound[slot] != round) {
        amounts[slot] = amountFields[slot].read().apply(subject, currencies[slot]);
        amountRound[slot] = round;
      }
      return amounts[slot];
    }
  }
}
