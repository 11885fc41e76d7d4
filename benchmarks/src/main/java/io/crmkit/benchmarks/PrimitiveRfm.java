package io.crmkit.benchmarks;

import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmScore;
import java.util.Arrays;
import java.util.List;

/**
 * The B6 baseline: RFM scores computed by hand on primitive arrays, by the same definitions as
 * {@code RfmScoring} (R {@code rfm} type 7 quantile breaks; SQL {@code NTILE} with ties in input
 * order), sorting {@code double} values or packed {@code long} keys.
 */
public final class PrimitiveRfm {
  private static final int INDEX_BITS = 21;

  private PrimitiveRfm() {}

  /** Returns each customer's cell, {@code 100 × R + 10 × F + M}, in input order. */
  public static int[] cells(RfmAggregates in, RfmMethod method, int bins) {
    int n = in.size();
    int[] r;
    int[] f;
    int[] m;
    if (method == RfmMethod.QUANTILE) {
      r = quantile(asDoubles(in.recencyDays(), 1), bins, true);
      f = quantile(asDoubles(in.frequency(), 1), bins, false);
      m = quantile(asDoubles(in.fen(), 100), bins, false);
    } else {
      long[] reversedRecency = new long[n];
      for (int i = 0; i < n; i++) {
        reversedRecency[i] = -in.recencyDays()[i];
      }
      r = tiles(reversedRecency, bins);
      f = tiles(in.frequency(), bins);
      m = tiles(in.fen(), bins);
    }
    int[] cells = new int[n];
    for (int i = 0; i < n; i++) {
      cells[i] = r[i] * 100 + f[i] * 10 + m[i];
    }
    return cells;
  }

  /** Returns an order-sensitive checksum of cells. */
  public static long checksum(int[] cells) {
    long sum = 17;
    for (int cell : cells) {
      sum = sum * 1_000_003 + cell;
    }
    return sum;
  }

  /** Returns the same checksum over the library's scores. */
  public static long checksum(List<RfmScore> scores) {
    long sum = 17;
    for (RfmScore score : scores) {
      sum = sum * 1_000_003 + score.cell();
    }
    return sum;
  }

  private static double[] asDoubles(long[] values, int divisor) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = divisor == 1 ? values[i] : values[i] / (double) divisor;
    }
    return out;
  }

  private static int[] quantile(double[] values, int bins, boolean reversed) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double[] breaks = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      double index = 1 + (n - 1) * (k * (1.0 / bins));
      int lo = (int) Math.floor(index);
      int hi = (int) Math.ceil(index);
      double q = sorted[lo - 1];
      double upper = sorted[hi - 1];
      if (index > lo && upper != q) {
        double h = index - lo;
        q = (1 - h) * q + h * upper;
      }
      breaks[k - 1] = q + 1;
    }
    int[] scores = new int[n];
    for (int i = 0; i < n; i++) {
      int reached = 0;
      for (double b : breaks) {
        reached += values[i] >= b ? 1 : 0;
      }
      scores[i] = reversed ? bins - reached : reached + 1;
    }
    return scores;
  }

  /** NTILE by ascending key, ties in input order: sorts keys packed with their index. */
  private static int[] tiles(long[] keys, int bins) {
    int n = keys.length;
    if (n >= 1 << INDEX_BITS) {
      throw new IllegalArgumentException("at most " + ((1 << INDEX_BITS) - 1) + " customers");
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    if (n > 0 && max - min >= 1L << (63 - INDEX_BITS)) {
      throw new IllegalArgumentException("keys span too wide to pack: " + min + " to " + max);
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (keys[i] - min) << INDEX_BITS | i;
    }
    Arrays.sort(packed);
    int small = n / bins;
    int larger = n % bins;
    int inLarger = larger * (small + 1);
    int[] tiles = new int[n];
    for (int rank = 0; rank < n; rank++) {
      int tile = rank < inLarger ? rank / (small + 1) + 1 : larger + (rank - inLarger) / small + 1;
      tiles[(int) (packed[rank] & ((1 << INDEX_BITS) - 1))] = tile;
    }
    return tiles;
  }
}
