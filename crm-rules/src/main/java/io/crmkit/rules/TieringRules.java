package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Built-in tiering rules. A threshold rule checks its tiers from the highest down and gives the
 * first whose condition holds; its last condition is {@code true}, so every customer gets a tier.
 * The reason lists the deciding facts: {@code "spend_365d = 176000.00 CNY, orders_365d = 6 → A
 * (spend_365d >= 100000 CNY and orders_365d >= 5)"}.
 *
 * <p>The text form has one tier a line, highest first:
 *
 * <pre>
 * A: spend_365d &gt;= 100000 CNY and orders_365d &gt;= 5
 * B: spend_365d &gt;= 20000 CNY
 * C: true
 * </pre>
 *
 * @since 0.1
 */
public final class TieringRules {
  /** The tier service records a rule's assignments as made by the user {@code rule:<id>}. */
  private static final String RULE_ACTOR_PREFIX = "rule:";

  private TieringRules() {}

  /**
   * One tier of a threshold rule and the condition a customer must meet for it.
   *
   * @param tier the tier
   * @param condition the condition
   */
  public record Threshold(TierCode tier, Condition condition) {
    /** Requires both parts. */
    public Threshold {
      requireNonNull(tier, "tier");
      requireNonNull(condition, "condition");
    }
  }

  /**
   * Returns a threshold rule; the thresholds are checked in the order given (highest tier first).
   * The id must make a valid {@link AssignmentSource#rule rule source} and a valid actor {@code
   * rule:<id>} ({@link UserRef}, at most 64 characters), as the tier service records both on every
   * assignment; so an id is at most 59 characters.
   *
   * @throws ValidationException if the id cannot name the rule's assignments (field {@code id}),
   *     there are no thresholds, a tier repeats, or the last condition is not {@code true}
   */
  public static TieringRule thresholds(String id, LadderKey ladder, List<Threshold> highestFirst) {
    checkRuleId(requireNonNull(id, "id"));
    return new ThresholdRule(id, requireNonNull(ladder, "ladder"), List.copyOf(highestFirst));
  }

  /**
   * Parses a threshold rule from its text form, one {@code TIER: condition} a line.
   *
   * @throws ValidationException if the id cannot name the rule's assignments, as for {@link
   *     #thresholds}
   * @throws RuleSyntaxException with the line and column of the first problem
   */
  public static TieringRule parse(String id, LadderKey ladder, String text, Fields fields) {
    checkRuleId(requireNonNull(id, "id"));
    return thresholds(id, ladder, parseThresholds(id, text, fields));
  }

  /**
   * Checks that a rule id makes the rule source and the actor {@code rule:<id>} the tier and
   * lifecycle services record, so that the rule cannot fail on every evaluation.
   *
   * @throws ValidationException on field {@code id} naming the id and the problem
   */
  static void checkRuleId(String id) {
    try {
      AssignmentSource.rule(id);
      UserRef.of(RULE_ACTOR_PREFIX + id);
    } catch (ValidationException e) {
      throw ValidationException.of(
          "id",
          id,
          "must name the rule's decisions as source and as actor '"
              + RULE_ACTOR_PREFIX
              + id
              + "' ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * Parses the thresholds of the text form, highest first; blank lines and lines starting with
   * {@code #} are skipped, and positions count every line of the text.
   *
   * @throws RuleSyntaxException with the line and column of the first problem
   */
  static List<Threshold> parseThresholds(String id, String text, Fields fields) {
    RuleParser parser = RuleParser.over(fields);
    List<Threshold> thresholds = new ArrayList<>();
    java.util.Map<TierCode, Integer> lineOf = new java.util.HashMap<>();
    String[] lines = text.split("\n", -1);
    int lastLine = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new RuleSyntaxException(
            id, i + 1, 1, "expected 'TIER: condition' but found '" + line.strip() + "'");
      }
      TierCode tier;
      try {
        tier = TierCode.of(line.substring(0, colon));
      } catch (ValidationException e) {
        throw new RuleSyntaxException(
            id, i + 1, 1, "expected a tier code before ':' (" + e.getMessage() + ")");
      }
      Integer earlier = lineOf.putIfAbsent(tier, i + 1);
      if (earlier != null) {
        throw new RuleSyntaxException(
            id,
            i + 1,
            1 + line.indexOf(line.strip()),
            "expected each tier once but " + tier + " is already on line " + earlier);
      }
      Condition condition;
      try {
        condition = parser.parse(id, line.substring(colon + 1));
      } catch (RuleSyntaxException e) {
        throw new RuleSyntaxException(
            id,
            i + 1,
            colon + 1 + e.column(),
            e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
      }
      thresholds.add(new Threshold(tier, condition));
      lastLine = i + 1;
    }
    if (thresholds.isEmpty()
        || !(thresholds.get(thresholds.size() - 1).condition() instanceof Condition.Constant last
            && last.value())) {
      throw new RuleSyntaxException(
          id,
          Math.max(lastLine, 1),
          1,
          "expected the last line to be 'TIER: true', so that every customer gets a tier");
    }
    return thresholds;
  }

  /**
   * Checks that a rule's tiers are all on the ladder.
   *
   * @throws ValidationException naming every tier the ladder lacks
   */
  public static void checkAgainst(TieringRule rule, TierLadder ladder) {
    if (rule instanceof ThresholdRule threshold) {
      io.crmkit.core.shared.FieldError[] missing =
          threshold.thresholds.stream()
              .filter(t -> ladder.tier(t.tier()).isEmpty())
              .map(
                  t ->
                      new io.crmkit.core.shared.FieldError(
                          "tier", t.tier().code(), "must be a tier of ladder " + ladder.key()))
              .toArray(io.crmkit.core.shared.FieldError[]::new);
      if (missing.length > 0) {
        throw new ValidationException(List.of(missing));
      }
    }
  }

  /** Returns the thresholds of a built-in threshold rule, highest first; empty for another rule. */
  static java.util.Optional<List<Threshold>> thresholdsOf(TieringRule rule) {
    return rule instanceof ThresholdRule threshold
        ? java.util.Optional.of(threshold.thresholds)
        : java.util.Optional.empty();
  }

  /** A threshold rule compiled once: one predicate per tier, checked highest first. */
  private static final class ThresholdRule implements TieringRule {
    private final String id;
    private final LadderKey ladder;
    private final List<Threshold> thresholds;
    private final List<Predicate<Subject>> compiled;

    ThresholdRule(String id, LadderKey ladder, List<Threshold> thresholds) {
      check(thresholds);
      this.id = id;
      this.ladder = ladder;
      this.thresholds = thresholds;
      this.compiled = thresholds.stream().map(t -> t.condition().compile()).toList();
    }

    private static void check(List<Threshold> thresholds) {
      if (thresholds.isEmpty()) {
        throw ValidationException.of("thresholds", "[]", "must name at least one tier");
      }
      java.util.Set<TierCode> seen = new java.util.HashSet<>();
      for (Threshold threshold : thresholds) {
        if (!seen.add(threshold.tier())) {
          throw ValidationException.of(
              "thresholds", threshold.tier(), "must not name a tier twice");
        }
      }
      Condition last = thresholds.get(thresholds.size() - 1).condition();
      if (!(last instanceof Condition.Constant constant && constant.value())) {
        throw ValidationException.of(
            "thresholds",
            last,
            "must end with the condition true, so that every customer gets a tier");
      }
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public LadderKey ladder() {
      return ladder;
    }

    @Override
    public TierDecision decide(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
      Subject subject = new Subject(customer, facts, asOf);
      Threshold met = thresholds.get(firstMet(subject));
      String deciding = Explanation.of(met.condition(), subject);
      String because =
          met.condition() instanceof Condition.Constant
              ? "no higher threshold met"
              : withoutOuterParentheses(met.condition());
      String reason =
          (deciding.isEmpty() ? "" : deciding + " ") + "→ " + met.tier() + " (" + because + ")";
      return new TierDecision(
          met.tier(), reason.length() > 500 ? reason.substring(0, 497) + "..." : reason);
    }

    /** Checks the same thresholds as {@link #decide} but builds no reason. */
    @Override
    public TierCode decideTier(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
      return thresholds.get(firstMet(new Subject(customer, facts, asOf))).tier();
    }

    private int firstMet(Subject subject) {
      for (int i = 0; i < compiled.size(); i++) {
        if (compiled.get(i).test(subject)) {
          return i;
        }
      }
      throw new IllegalStateException(
          "a threshold rule ends with 'true', so some tier always matches");
    }

    @Override
    public String toString() {
      return "TieringRule[" + id + " on " + ladder + "]";
    }

    private static String withoutOuterParentheses(Condition condition) {
      String text = condition.toString();
      boolean grouped = condition instanceof Condition.All || condition instanceof Condition.Any;
      return grouped ? text.substring(1, text.length() - 1) : text;
    }
  }
}
