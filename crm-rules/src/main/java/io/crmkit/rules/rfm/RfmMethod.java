package io.crmkit.rules.rfm;

/**
 * How measures become scores relative to a population. Scores from fixed, host-given breaks that do
 * not depend on the population are the third way: see {@link RfmThresholds}.
 *
 * @since 0.1
 */
public enum RfmMethod {
  /**
   * Quantile breaks as in {@code rfm_table_order} of the R package {@code rfm}: the breaks are the
   * R default (type 7) quantiles at 1/N, 2/N, … plus one, and a value scores one more than the
   * number of breaks it reaches. Equal values always get equal scores, and a measure with few
   * distinct values may leave some scores unused.
   */
  QUANTILE,

  /**
   * Equal-count tiles as SQL {@code NTILE(N)}: customers are sorted (recency descending, the others
   * ascending) and cut into N groups whose sizes differ by at most one, larger groups first. As in
   * SQL, equal values may fall into different tiles; here ties keep the order of the input list, so
   * the result is repeatable.
   */
  NTILE
}
