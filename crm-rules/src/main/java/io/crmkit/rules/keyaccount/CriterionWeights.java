package io.crmkit.rules.keyaccount;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * How many points each key-account criterion adds to the score when it is met.
 *
 * @param topRevenue points for class A (among the top accounts that make the A share of revenue)
 * @param largeOrder points for a single order at or above the threshold
 * @param contract points for continuous contract coverage of at least the required years
 * @param strategic points for the strategic flag
 * @since 0.1
 */
public record CriterionWeights(int topRevenue, int largeOrder, int contract, int strategic) {
  private static final CriterionWeights STANDARD = new CriterionWeights(40, 25, 20, 15);

  /**
   * Validates that no weight is negative and that some weight is positive.
   *
   * @throws ValidationException listing every negative weight, or if all weights are 0
   */
  public CriterionWeights {
    List<FieldError> errors = new ArrayList<>();
    check("topRevenue", topRevenue, errors);
    check("largeOrder", largeOrder, errors);
    check("contract", contract, errors);
    check("strategic", strategic, errors);
    if (errors.isEmpty() && topRevenue + largeOrder + contract + strategic == 0) {
      errors.add(new FieldError("weights", "0", "must not all be 0"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Returns the standard weights: 40 for class A, 25 for a large order, 20 for contract, 15 for
   * strategic.
   */
  public static CriterionWeights standard() {
    return STANDARD;
  }

  /** Returns the score when every criterion is met. */
  public int maximum() {
    return topRevenue + largeOrder + contract + strategic;
  }

  private static void check(String field, int weight, List<FieldError> errors) {
    if (weight < 0) {
      errors.add(new FieldError(field, String.valueOf(weight), "must be 0 or more"));
    }
  }
}
