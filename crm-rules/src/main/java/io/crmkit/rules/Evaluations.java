package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.tier.TierCode;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CustomerEvaluator} decided for a list of subjects: each subject's tier and its
 * membership of each segment rule, by the subject's index in the evaluated list. Memberships are
 * kept as bitmaps, so a million customers with ten segments take little more than the tiers.
 * Immutable; two results are equal when every tier and membership is.
 *
 * @since 0.1
 */
public final class Evaluations {
  private final List<String> segments;
  private final TierCode[] tiers;
  private final long[][] members;

  Evaluations(List<String> segments, TierCode[] tiers, long[][] members) {
    this.segments = List.copyOf(segments);
    this.tiers = requireNonNull(tiers, "tiers");
    this.members = requireNonNull(members, "members");
  }

  /**
   * Returns the number of subjects evaluated.
   *
   * @since 0.1
   */
  public int size() {
    return tiers.length;
  }

  /**
   * Returns the ids of the segment rules, in the order {@link #isMember} numbers them.
   *
   * @since 0.1
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Returns the tier of the subject at {@code index}.
   *
   * @throws IndexOutOfBoundsException if there is no such subject
   * @since 0.1
   */
  public TierCode tier(int index) {
    return tiers[Objects.checkIndex(index, tiers.length)];
  }

  /**
   * Returns whether the subject at {@code index} is a member of the segment at {@code segment} in
   * {@link #segments()}.
   *
   * @throws IndexOutOfBoundsException if there is no such subject or segment
   * @since 0.1
   */
  public boolean isMember(int index, int segment) {
    Objects.checkIndex(index, tiers.length);
    return (members[Objects.checkIndex(segment, members.length)][index / Long.SIZE] & (1L << index))
        != 0;
  }

  /**
   * Returns how many subjects are members of the segment at {@code segment} in {@link #segments()}.
   *
   * @throws IndexOutOfBoundsException if there is no such segment
   * @since 0.1
   */
  public int memberCount(int segment) {
    int count = 0;
    for (long word : members[Objects.checkIndex(segment, members.length)]) {
      count += Long.bitCount(word);
    }
    return count;
  }

  /**
   * Returns how many subjects got each tier, in the order the tiers first occur.
   *
   * @since 0.1
   */
  public Map<TierCode, Integer> tierCounts() {
    Map<TierCode, Integer> counts = new LinkedHashMap<>();
    for (TierCode tier : tiers) {
      counts.merge(tier, 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Evaluations that
        && segments.equals(that.segments)
        && Arrays.equals(tiers, that.tiers)
        && Arrays.deepEquals(members, that.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments, Arrays.hashCode(tiers), Arrays.deepHashCode(members));
  }

  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Evaluations[").append(size()).append(" subjects, tiers ");
    text.append(tierCounts()).append(", members {");
    for (int k = 0; k < segments.size(); k++) {
      text.append(k == 0 ? "" : ", ").append(segments.get(k)).append('=').append(memberCount(k));
    }
    return text.append("}]").toString();
  }
}
