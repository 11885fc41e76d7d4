package io.crmkit.benchmarks;

import io.crmkit.core.tier.TierCode;
import io.crmkit.rules.Evaluations;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What one pass over the customers decided, folded so that the library and a baseline can be
 * compared: customers per tier, members per segment, and an order-sensitive checksum over every
 * customer's tier and memberships.
 */
public final class Tally {
  private final long[] tiers;
  private final long[] segments;
  private long checksum = 17;

  /** Starts an empty tally. */
  public Tally(int tierCount, int segmentCount) {
    this.tiers = new long[tierCount];
    this.segments = new long[segmentCount];
  }

  /**
   * Adds the next customer: its tier number and its memberships, bit {@code k} for segment {@code
   * k}.
   */
  public void add(int tier, int memberships) {
    tiers[tier]++;
    for (int k = 0; k < segments.length; k++) {
      segments[k] += (memberships >>> k) & 1;
    }
    checksum = checksum * 1_000_003 + ((long) memberships << 3 | tier);
  }

  /** Folds a library result, customer by customer, with the tiers numbered as in {@code tiers}. */
  public static Tally of(Evaluations result, java.util.List<TierCode> tiers) {
    int segmentCount = result.segments().size();
    Tally tally = new Tally(tiers.size(), segmentCount);
    for (int i = 0; i < result.size(); i++) {
      int memberships = 0;
      for (int k = 0; k < segmentCount; k++) {
        memberships |= result.isMember(i, k) ? 1 << k : 0;
      }
      int tier = tiers.indexOf(result.tier(i));
      if (tier < 0) {
        throw new IllegalStateException("tier " + result.tier(i) + " is not one of " + tiers);
      }
      tally.add(tier, memberships);
    }
    return tally;
  }

  /** Returns the customers per tier, by tier number. */
  public long[] tierCounts() {
    return tiers.clone();
  }

  /** Returns the members per segment, by segment number. */
  public long[] segmentCounts() {
    return segments.clone();
  }

  /** Returns the checksum over every customer in order. */
  public long checksum() {
    return checksum;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Tally that
        && checksum == that.checksum
        && Arrays.equals(tiers, that.tiers)
        && Arrays.equals(segments, that.segments);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(checksum) * 31 + Arrays.hashCode(tiers);
  }

  @Override
  public String toString() {
    return "Tally[tiers "
        + Arrays.toString(tiers)
        + ", segments "
        + Arrays.toString(segments)
        + ", checksum "
        + Long.toHexString(checksum)
        + "]";
  }
}
