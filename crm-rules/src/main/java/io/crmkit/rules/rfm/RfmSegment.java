package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of an RFM segment table: a named group of customers whose recency, frequency and monetary
 * scores each lie in an inclusive range; a lower priority number is checked first.
 *
 * @param name the segment's name, such as {@code "Champions"}
 * @param priority the order in which rows are checked, lowest first; unique within a table
 * @param recency the recency scores of the segment
 * @param frequency the frequency scores of the segment
 * @param monetary the monetary scores of the segment
 * @since 0.1
 */
public record RfmSegment(
    String name, int priority, Range recency, Range frequency, Range monetary) {

  /**
   * Requires every part and a name that is not blank.
   *
   * @throws ValidationException if the name is blank or is the reserved {@value
   *     RfmSegmentTable#OTHERS}
   */
  public RfmSegment {
    requireNonNull(name, "name");
    requireNonNull(recency, "recency");
    requireNonNull(frequency, "frequency");
    requireNonNull(monetary, "monetary");
    if (name.isBlank() || name.strip().equals(RfmSegmentTable.OTHERS)) {
      throw ValidationException.of(
          "name", name, "must not be blank or '" + RfmSegmentTable.OTHERS + "'");
    }
  }

  /** Returns whether all three scores lie in this segment's ranges. */
  public boolean matches(RfmScore score) {
    return recency.contains(score.recency())
        && frequency.contains(score.frequency())
        && monetary.contains(score.monetary());
  }

  /**
   * An inclusive range of scores, such as 3 to 5.
   *
   * @param low the lowest score in the range, at least 1
   * @param high the highest score in the range, not below {@code low}
   */
  public record Range(int low, int high) {
    /**
     * Validates both ends.
     *
     * @throws ValidationException listing every problem with the ends
     */
    public Range {
      List<FieldError> errors = new ArrayList<>();
      if (low < 1 || low > RfmScore.MAX_SCORE) {
        errors.add(
            new FieldError(
                "low", String.valueOf(low), "must be between 1 and " + RfmScore.MAX_SCORE));
      }
      if (high < low || high > RfmScore.MAX_SCORE) {
        errors.add(
            new FieldError(
                "high",
                String.valueOf(high),
                "must be between " + low + " and " + RfmScore.MAX_SCORE));
      }
      if (!errors.isEmpty()) {
        throw new ValidationException(errors);
      }
    }

    /** Returns the range from {@code low} to {@code high}, both included. */
    public static Range of(int low, int high) {
      return new Range(low, high);
    }

    /** Returns whether the score lies in the range. */
    public boolean contains(int score) {
      return score >= low && score <= high;
    }
  }
}
