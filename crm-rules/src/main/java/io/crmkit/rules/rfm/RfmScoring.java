package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Scores a population of customers on recency, frequency and money, each from 1 to the number of
 * bins; scores are relative, so the same customer can score differently in another population.
 *
 * <p>{@link RfmMethod#QUANTILE} follows {@code rfm_table_order} of the R package {@code rfm}, read
 * in the GitHub repository {@code rsquaredacademy/rfm}, files {@code R/rfm-table-transaction.R}
 * (commit 05223b3) and {@code R/utils.R} (functions {@code bins}, {@code bins_lower}, {@code
 * bins_upper}; commit 0eda7b8): the breaks are {@code quantile(x, probs = seq(0, 1, length.out =
 * bins + 1))} without the first and last, plus one; score {@code i} covers {@code [lower_i,
 * upper_i)} with {@code lower = (min, breaks)} and {@code upper = (breaks, max + 1)}; recency
 * scores are reversed. The quantiles are computed in {@code double} in the order of operations of
 * R's default type 7 quantile, and money is compared as a {@code double} as R does. On the
 * package's own data this reproduces the scores its README prints; the source read may differ from
 * the 0.3.0 release in details not covered by that check.
 *
 * @since 0.1
 */
public final class RfmScoring {
  /** The fewest bins a measure may be cut into. */
  public static final int MIN_BINS = 2;

  /** The most bins a measure may be cut into. */
  public static final int MAX_BINS = 10;

  private RfmScoring() {}

  /**
   * Scores every customer, returning the scores in the order of the input.
   *
   * @throws ValidationException if the list is empty, a customer key repeats, or {@code bins} is
   *     not between {@value #MIN_BINS} and {@value #MAX_BINS}
   */
  public static List<RfmScore> score(List<RfmInput> inputs, RfmMethod method, int bins) {
    requireNonNull(inputs, "inputs");
    requireNonNull(method, "method");
    List<RfmInput> population = List.copyOf(inputs);
    check(population, bins);
    int n = population.size();
    int[] r;
    int[] f;
    int[] m;
    if (method == RfmMethod.QUANTILE) {
      double[] recency = new double[n];
      double[] frequency = new double[n];
      double[] monetary = new double[n];
      for (int i = 0; i < n; i++) {
        RfmInput in = population.get(i);
        recency[i] = in.recencyDays();
        frequency[i] = in.frequency();
        monetary[i] = in.monetary().doubleValue();
      }
      r = quantileScores(recency, bins, true);
      f = quantileScores(frequency, bins, false);
      m = quantileScores(monetary, bins, false);
    } else {
      long[] recency = new long[n];
      long[] frequency = new long[n];
      for (int i = 0; i < n; i++) {
        RfmInput in = population.get(i);
        // recency descending is ascending by the negated days (days are 0 or more, so no overflow)
        recency[i] = -in.recencyDays();
        frequency[i] = in.frequency();
      }
      r = tiles(SortKeys.ascending(recency), bins);
      f = tiles(SortKeys.ascending(frequency), bins);
      m = tiles(SortKeys.ascendingMoney(population), bins);
    }
    List<RfmScore> scores = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      scores.add(new RfmScore(population.get(i), r[i], f[i], m[i]));
    }
    return Collections.unmodifiableList(scores);
  }

  private static void check(List<RfmInput> population, int bins) {
    List<FieldError> errors = new ArrayList<>();
    if (population.isEmpty()) {
      errors.add(new FieldError("inputs", "[]", "must hold at least one customer with orders"));
    }
    if (bins < MIN_BINS || bins > MAX_BINS) {
      errors.add(
          new FieldError(
              "bins", String.valueOf(bins), "must be between " + MIN_BINS + " and " + MAX_BINS));
    }
    for (int i : SortKeys.repeatedKeys(population)) {
      errors.add(
          new FieldError("inputs", population.get(i).customer(), "must not repeat a customer"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Returns the breaks R's {@code bins()} computes: the type 7 quantiles at {@code k / bins} for
   * {@code k = 1 .. bins - 1}, each plus one.
   */
  static double[] quantileBreaks(double[] sorted, int bins) {
    int n = sorted.length;
    double by = 1.0 / bins;
    double[] breaks = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      double prob = 0.0 + k * by;
      double index = 1 + (n - 1) * prob;
      int lo = (int) Math.floor(index);
      int hi = (int) Math.ceil(index);
      double quantile = sorted[lo - 1];
      double upper = sorted[hi - 1];
      if (index > lo && upper != quantile) {
        double h = index - lo;
        quantile = (1 - h) * quantile + h * upper;
      }
      breaks[k - 1] = quantile + 1;
    }
    return breaks;
  }

  private static int[] quantileScores(double[] values, int bins, boolean reversed) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] breaks = quantileBreaks(sorted, bins);
    int[] scores = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      int reached = 0;
      for (double b : breaks) {
        if (values[i] >= b) {
          reached++;
        }
      }
      scores[i] = reversed ? bins - reached : reached + 1;
    }
    return scores;
  }

  /**
   * Returns SQL {@code NTILE(bins)} for each input, given the input positions in tile order (ties
   * already in input order).
   */
  private static int[] tiles(int[] positions, int bins) {
    int n = positions.length;
    int small = n / bins;
    int larger = n % bins;
    int inLarger = larger * (small + 1);
    int[] tiles = new int[n];
    for (int rank = 0; rank < n; rank++) {
      int tile = rank < inLarger ? rank / (small + 1) + 1 : larger + (rank - inLarger) / small + 1;
      tiles[positions[rank]] = tile;
    }
    return tiles;
  }
}
