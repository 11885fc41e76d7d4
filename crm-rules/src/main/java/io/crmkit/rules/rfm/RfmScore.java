package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's RFM scores, 1 (worst) to the number of bins (best), with the measures they were
 * computed from; a recent order, many orders and much money all score high.
 *
 * @param input the raw measures
 * @param recency the recency score
 * @param frequency the frequency score
 * @param monetary the monetary score
 * @since 0.1
 */
public record RfmScore(RfmInput input, int recency, int frequency, int monetary) {

  /** The highest score any measure can have, the largest supported number of bins. */
  public static final int MAX_SCORE = RfmScoring.MAX_BINS;

  /**
   * Validates that every score lies between 1 and {@value #MAX_SCORE}.
   *
   * @throws ValidationException naming every score out of range
   */
  public RfmScore {
    requireNonNull(input, "input");
    if (outOfRange(recency) || outOfRange(frequency) || outOfRange(monetary)) {
      List<FieldError> errors = new ArrayList<>();
      check(errors, "recency", recency);
      check(errors, "frequency", frequency);
      check(errors, "monetary", monetary);
      throw new ValidationException(errors);
    }
  }

  /** Returns the customer's key. */
  public String customer() {
    return input.customer();
  }

  /**
   * Returns the three scores as one number, {@code 100 × R + 10 × F + M}, as the R package does.
   */
  public int cell() {
    return recency * 100 + frequency * 10 + monetary;
  }

  private static boolean outOfRange(int score) {
    return score < 1 || score > MAX_SCORE;
  }

  private static void check(List<FieldError> errors, String field, int score) {
    if (outOfRange(score)) {
      errors.add(
          new FieldError(field, String.valueOf(score), "must be between 1 and " + MAX_SCORE));
    }
  }
}
