package io.crmkit.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lists the values a condition reads from a subject: the deciding facts of a decision. */
final class Explanation {
  private Explanation() {}

  /**
   * Returns {@code "spend_365d = 176000.00 CNY, orders_365d = 6"} for the fields the condition
   * reads.
   */
  static String of(Condition condition, Subject subject) {
    Map<String, String> values = new LinkedHashMap<>();
    collect(condition, subject, values);
    StringBuilder text = new StringBuilder();
    values.forEach(
        (name, value) ->
            text.append(text.length() == 0 ? "" : ", ").append(name).append(" = ").append(value));
    return text.toString();
  }

  private static void collect(Condition condition, Subject subject, Map<String, String> values) {
    if (condition instanceof Condition.All all) {
      all.parts().forEach(p -> collect(p, subject, values));
    } else if (condition instanceof Condition.Any any) {
      any.parts().forEach(p -> collect(p, subject, values));
    } else if (condition instanceof Condition.Negation negation) {
      collect(negation.part(), subject, values);
    } else if (condition instanceof Condition.NumberComparison comparison) {
      collect(comparison.left(), subject, values);
      collect(comparison.right(), subject, values);
    } else if (condition instanceof Condition.AmountComparison amount) {
      BigDecimal value = amount.field().read().apply(subject, amount.amount().currency());
      values.put(
          amount.field().name(),
          value.toPlainString() + " " + amount.amount().currency().getCurrencyCode());
    } else if (condition instanceof Condition.CodeIn in) {
      String code = in.field().read().apply(subject);
      values.put(in.field().name(), code == null ? "(none)" : code);
    } else if (condition instanceof Condition.Contains contains) {
      boolean holds = contains.compile().test(subject);
      values.put(
          contains.field().name() + " contains " + RuleParser.quote(contains.code()),
          holds ? "yes" : "no");
    }
  }

  private static void collect(NumberExpr expr, Subject subject, Map<String, String> values) {
    if (expr instanceof NumberExpr.FieldRef ref) {
      double value = ref.field().read().applyAsDouble(subject);
      values.put(ref.field().name(), format(value));
    } else if (expr instanceof NumberExpr.Arithmetic arithmetic) {
      collect(arithmetic.left(), subject, values);
      collect(arithmetic.right(), subject, values);
    }
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "(none)";
    }
    BigDecimal decimal =
        BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
  }
}
