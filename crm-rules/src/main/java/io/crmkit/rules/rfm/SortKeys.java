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
    try {
      for (int i = 0; i < n; i++) {
        // at the largest scale every amount is a whole number; it fits a long or this throws
        keys[i] = population.get(i).monetary().scaleByPowerOfTen(scale).longValueExact();
      }
    } catch (ArithmeticException tooLarge) {
      return stable(
          n, (a, b) -> population.get(a).monetary().compareTo(population.get(b).monetary()));
    }
    return ascending(keys);
  }

  /** Returns the positions whose customer key occurred at an earlier position, in order. */
  static int[] repeatedKeys(List<RfmInput> population) {
    int n = population.size();
    int capacity = Integer.highestOneBit(Math.max(1, Math.min(n, 1 << 29)) * 2 - 1) << 1;
    int mask = capacity - 1;
    // table holds position + 1; 0 is an empty slot
    int[] table = new int[capacity];
    int[] repeated = new int[0];
    int repeats = 0;
    for (int i = 0; i < n; i++) {
      String key = population.get(i).customer();
      int slot = spread(key.hashCode()) & mask;
      boolean seen = false;
      while (table[slot] != 0) {
        if (population.get(table[slot] - 1).customer().equals(key)) {
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
        table[slot] = i + 1;
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
