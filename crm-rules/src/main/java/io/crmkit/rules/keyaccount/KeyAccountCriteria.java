package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy that names key accounts (大客户): an account scores the weight of every criterion it
 * meets — class A in the {@link ParetoAnalysis}, a single order at or above a threshold, continuous
 * contract coverage of at least some years, the strategic flag — and is a key account when its
 * score reaches the pass score.
 *
 * @param largeOrderThreshold the smallest single order that counts as large; more than 0
 * @param contractYears the fewest whole years of continuous contract coverage that count; at least
 *     1
 * @param weights the points each criterion adds
 * @param passScore the score at which an account is a key account; between 1 and the maximum score
 * @since 0.1
 */
public record KeyAccountCriteria(
    BigDecimal largeOrderThreshold, int contractYears, CriterionWeights weights, int passScore) {

  /**
   * Validates the threshold, the years and the pass score, listing every problem.
   *
   * @throws ValidationException if the threshold is not positive, the years are below 1, or the
   *     pass score lies outside 1 to the maximum score of the weights
   */
  public KeyAccountCriteria {
    requireNonNull(largeOrderThreshold, "largeOrderThreshold");
    requireNonNull(weights, "weights");
    List<FieldError> errors = new ArrayList<>();
    if (largeOrderThreshold.signum() <= 0) {
      errors.add(
          new FieldError(
              "largeOrderThreshold", largeOrderThreshold.toPlainString(), "must be more than 0"));
    }
    if (contractYears < 1) {
      errors.add(
          new FieldError("contractYears", String.valueOf(contractYears), "must be at least 1"));
    }
    if (passScore < 1 || passScore > weights.maximum()) {
      errors.add(
          new FieldError(
              "passScore",
              String.valueOf(passScore),
              "must be between 1 and the maximum score " + weights.maximum()));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Returns criteria with the standard weights and a pass score of 40: class A alone makes a key
   * account, and so do a large order with either long contract coverage or the strategic flag.
   *
   * @throws ValidationException if the threshold is not positive or the years are below 1
   */
  public static KeyAccountCriteria of(BigDecimal largeOrderThreshold, int contractYears) {
    return new KeyAccountCriteria(
        largeOrderThreshold, contractYears, CriterionWeights.standard(), 40);
  }

  /** Judges every top-level account of the analysis, in rank order. */
  public List<KeyAccountVerdict> evaluate(ParetoAnalysis analysis) {
    requireNonNull(analysis, "analysis");
    BigDecimal cutA = analysis.cutPoints().a();
    return analysis.shares().stream().map(s -> evaluate(s, cutA)).toList();
  }

  private KeyAccountVerdict evaluate(AccountShare share, BigDecimal cutA) {
    AccountRevenue account = share.account();
    List<String> reasons = new ArrayList<>();
    int score = 0;
    if (share.abcClass() == AbcClass.A) {
      score += weights.topRevenue();
      reasons.add(
          "top "
              + percent(cutA)
              + " of revenue (cumulative "
              + percent(share.cumulativeShare(), 1)
              + ")");
    }
    if (account.largestOrder().compareTo(largeOrderThreshold) >= 0) {
      score += weights.largeOrder();
      reasons.add(
          "largest order "
              + account.largestOrder().toPlainString()
              + " ≥ "
              + largeOrderThreshold.toPlainString());
    }
    if (account.contractYears() >= contractYears) {
      score += weights.contract();
      reasons.add("under contract " + account.contractYears() + " years ≥ " + contractYears);
    }
    if (account.strategic()) {
      score += weights.strategic();
      reasons.add("strategic");
    }
    return new KeyAccountVerdict(account.account(), score >= passScore, score, reasons);
  }

  private static String percent(BigDecimal cut) {
    return cut.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String percent(BigDecimal share, int decimals) {
    return share.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
