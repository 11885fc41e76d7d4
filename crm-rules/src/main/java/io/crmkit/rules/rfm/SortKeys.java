package io.crmkit.rules.rfm;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Sorting and key checks for {@link RfmScoring} on primitive arrays: a stable order of positions by
 * {@code long} keys (by sorting each key packed with its position into one {@code long} where the
 * keys' span allows, else by a stable sort of boxed positions), money turned into exact {@code
 * long} keys at a common scale, and repeated customer keys found with an open-addressing table of
 * positions.
 */
final class SortKeys {
  /** Keys below this size are exact when read through doubles; see {@link #ascendingMoney}. */
  private static final double EXACT_UNITS = 0x1p49;

  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private SortKeys() {}

  /** Returns the positions ordered by ascending key; equal keys keep their input order. */
  static int[] ascending(long[] keys) {
    int n = keys.length;
    if (n == 0) {
      return new int[0];
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    int indexBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(n - 1));
    long span = max - min;
    if (span < 0 || span >= 1L << (Long.SIZE - 1 - indexBits)) {
      return stable(n, (a, b) -> Long.compare(keys[a], keys[b]));
    }
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = (keys[i] - min) << indexBits | i;
    }
    Arrays.sort(packed);
    long mask = (1L << indexBits) - 1;
    int[] positions = new int[n];
    for (int rank = 0; rank < n; rank++) {
      positions[rank] = (int) (packed[rank] & mask);
    }
    return positions;
  }

  /**
   * Returns the positions ordered by ascending money ({@link BigDecimal#compareTo}, so {@code 1.0}
   * equals {@code 1.00}); equal amounts keep their input order.
   */
  static int[] ascendingMoney(List<RfmInput> population) {
    int n = population.size();
    int scale = 0;
    for (int i = 0; i < n; i++) {
      scale = Math.max(scale, population.get(i).monetary().scale());
    }
    long[] keys = new long[n];
    if (wholeUnitsFromDoubles(population, scale, keys)
        || wholeUnitsExactly(population, scale, keys)) {
      return ascending(keys);
    }
    return stable(
        n, (a, b) -> population.get(a).monetary().compareTo(population.get(b).monetary()));
  }

  /**
   * Fills {@code keys} with each amount times {@code 10^scale}, a whole number, read through {@link
   * BigDecimal#doubleValue()} (no allocation for the usual amounts), if that is exact for every
   * amount. It is when {@code 10^scale} is an exact double and every key is below 2^49 in size: the
   * double of an amount and its product with {@code 10^scale} are each within a relative 2^-53 of
   * the exact value, so the product lies within 1/8 of the whole number and rounds to it.
   *
   * @return whether every key was filled exactly
   */
  private static boolean wholeUnitsFromDoubles(List<RfmInput> population, int scale, long[] keys) {
    if (scale > 22) {
      return false;
    }
    double power = POWERS_OF_TEN[scale];
    for (int i = 0; i < keys.length; i++) {
      double units = population.get(i).monetary().doubleValue() * power;
      if (!(Math.abs(units) < EXACT_UNITS)) {
        return false;
      }
      keys[i] = Math.round(units);
    }
    return true;
  }

  /**
   * Fills {@code keys} with each amount times {@code 10^scale} computed exactly, if every one fits
   * a {@code long}.
   *
   * @return whether every key fitted
   */
  private static boolean wholeUnitsExactly(List<RfmInput> population, int scale, long[] keys) {
    try {
      for (int i = 0; i < keys.length; i++) {
        // at the largest scale every amount is a whole number; it fits a long or this throws
        keys[i] = population.get(i).monetary().scaleByPowerOfTen(scale).longValueExact();
      }
      return true;
    } catch (ArithmeticException tooLarge) {
      return false;
    }
  }

  /** Returns the positions whose customer key occurred at an earlier position, in order. */
  static int[] repeatedKeys(List<RfmInput> population) {
    int n = population.size();
    int capacity = Integer.highestOneBit(Math.max(1, Math.min(n, 1 << 29)) * 2 - 1) << 1;
    int mask = capacity - 1;
    // each slot holds the key's hash in the high half and its position + 1 in the low half, so
    // that a probe compares strings only when the hashes are equal; 0 is an empty slot
    long[] table = new long[capacity];
    int[] repeated = new int[0];
    int repeats = 0;
    for (int i = 0; i < n; i++) {
      String key = population.get(i).customer();
      int hash = key.hashCode();
      int slot = spread(hash) & mask;
      boolean seen = false;
      for (long entry = table[slot]; entry != 0; entry = table[slot]) {
        if ((int) (entry >>> 32) == hash
            && population.get((int) entry - 1).customer().equals(key)) {
          seen = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (seen) {
        if (repeats == repeated.length) {
          repeated = Arrays.copyOf(repeated, Math.max(4, repeats * 2));
        }
        repeated[repeats++] = i;
      } else {
        table[slot] = (long) hash << 32 | (i + 1);
      }
    }
    return Arrays.copyOf(repeated, repeats);
  }

  private static int spread(int hash) {
    int h = hash * 0x9E37_79B9;
    return h ^ (h >>> 16);
  }

  private interface PositionOrder {
    int compare(int a, int b);
  }

  private static int[] stable(int n, PositionOrder order) {
    Integer[] positions = new Integer[n];
    for (int i = 0; i < n; i++) {
      positions[i] = i;
    }
    // object sorts are stable, so equal keys keep their input order
    Arrays.sort(positions, (a, b) -> order.compare(a, b));
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = positions[i];
    }
    return result;
  }
}
