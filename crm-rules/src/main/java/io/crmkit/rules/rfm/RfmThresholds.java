package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fixed RFM thresholds a host sets, the third way to score next to {@link RfmMethod#QUANTILE} and
 * {@link RfmMethod#NTILE}: scores no longer depend on the rest of the population, so a customer can
 * be scored alone and scores mean the same from one month to the next.
 *
 * <p>With {@code bins} scores, each measure has {@code bins - 1} breaks in strictly increasing
 * order. Recency breaks are day limits: a customer whose last order is at most the first break ago
 * scores {@code bins}, at most the second break ago {@code bins - 1}, and so on, and older than the
 * last break scores 1. Frequency and money breaks are minimums: a value scores one more than the
 * number of breaks it reaches. With recency breaks {@code 30, 90, 180, 365}, an order 30 days ago
 * scores 5 and one 400 days ago scores 1; with frequency breaks {@code 2, 5, 10, 20}, one order
 * scores 1 and 10 orders score 4.
 *
 * @param bins the number of scores, from {@value RfmScoring#MIN_BINS} to {@value
 *     RfmScoring#MAX_BINS}
 * @param recencyDays the day limits, increasing
 * @param frequency the minimum order counts, increasing
 * @param monetary the minimum amounts, increasing, in the currency the inputs were read in
 * @since 0.1
 */
public record RfmThresholds(
    int bins, List<Long> recencyDays, List<Long> frequency, List<BigDecimal> monetary) {

  /**
   * Validates the breaks and lists every problem.
   *
   * @throws ValidationException if {@code bins} is out of range, a measure does not have exactly
   *     {@code bins - 1} breaks, or its breaks are not strictly increasing
   */
  public RfmThresholds {
    recencyDays = List.copyOf(recencyDays);
    frequency = List.copyOf(frequency);
    monetary = List.copyOf(monetary);
    List<FieldError> errors = new ArrayList<>();
    if (bins < RfmScoring.MIN_BINS || bins > RfmScoring.MAX_BINS) {
      errors.add(
          new FieldError(
              "bins",
              String.valueOf(bins),
              "must be between " + RfmScoring.MIN_BINS + " and " + RfmScoring.MAX_BINS));
    }
    check(errors, "recencyDays", recencyDays, bins, Comparator.naturalOrder());
    check(errors, "frequency", frequency, bins, Comparator.naturalOrder());
    check(errors, "monetary", monetary, bins, Comparator.naturalOrder());
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Returns thresholds with {@code breaks + 1} scores.
   *
   * @throws ValidationException as the constructor does
   */
  public static RfmThresholds of(
      List<Long> recencyDays, List<Long> frequency, List<BigDecimal> monetary) {
    return new RfmThresholds(recencyDays.size() + 1, recencyDays, frequency, monetary);
  }

  /** Scores one customer against the thresholds. */
  public RfmScore score(RfmInput input) {
    requireNonNull(input, "input");
    int recencyReached = 0;
    for (long limit : recencyDays) {
      if (input.recencyDays() > limit) {
        recencyReached++;
      }
    }
    int frequencyReached = 0;
    for (long minimum : frequency) {
      if (input.frequency() >= minimum) {
        frequencyReached++;
      }
    }
    int monetaryReached = 0;
    for (BigDecimal minimum : monetary) {
      if (input.monetary().compareTo(minimum) >= 0) {
        monetaryReached++;
      }
    }
    return new RfmScore(input, bins - recencyReached, 1 + frequencyReached, 1 + monetaryReached);
  }

  /** Scores every customer, returning the scores in the order of the input. */
  public List<RfmScore> score(List<RfmInput> inputs) {
    return inputs.stream().map(this::score).toList();
  }

  private static <T> void check(
      List<FieldError> errors,
      String field,
      List<T> breaks,
      int bins,
      Comparator<? super T> order) {
    if (breaks.size() != bins - 1) {
      errors.add(
          new FieldError(
              field,
              breaks.toString(),
              "must hold bins - 1 = " + (bins - 1) + " breaks but held " + breaks.size()));
    }
    for (int i = 1; i < breaks.size(); i++) {
      if (order.compare(breaks.get(i - 1), breaks.get(i)) >= 0) {
        errors.add(
            new FieldError(
                field + "[" + i + "]",
                String.valueOf(breaks.get(i)),
                "must be greater than the break before it, " + breaks.get(i - 1)));
      }
    }
  }
}
