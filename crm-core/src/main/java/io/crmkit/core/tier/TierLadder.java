package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered set of tiers a tenant grades customers on, e.g. C &lt; B &lt; A, or 普通 &lt; 金卡 &lt;
 * 钻石. A tenant may keep several ladders side by side (a service grade and a loyalty tier), each
 * under its own {@link LadderKey}. A ladder is total and gap-free: its ranks run 1..n, one tier
 * each, and no code repeats.
 *
 * @param tenant the tenant
 * @param key the ladder's key within the tenant
 * @param version the stored version; 0 before the first save
 * @param tiers the tiers, lowest rank first
 * @since 0.1
 */
public record TierLadder(TenantId tenant, LadderKey key, long version, List<TierDefinition> tiers) {
  /** The most tiers a ladder may have. */
  public static final int MAX_TIERS = 50;

  /**
   * Validates the ladder and lists every problem.
   *
   * @throws ValidationException if it is empty or too long, repeats a code, or its ranks are not
   *     exactly 1..n
   */
  public TierLadder {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    tiers = tiers.stream().sorted(Comparator.comparingInt(TierDefinition::rank)).toList();
    Problems problems = Problems.create();
    problems.check(!tiers.isEmpty(), "tiers", key, "must not be empty");
    problems.check(
        tiers.size() <= MAX_TIERS, "tiers", tiers.size(), "must be at most " + MAX_TIERS);
    Set<TierCode> codes = new HashSet<>();
    for (int i = 0; i < tiers.size(); i++) {
      TierDefinition tier = tiers.get(i);
      problems.check(
          codes.add(tier.code()),
          "tiers[" + i + "].code",
          tier.code(),
          "must not repeat in the ladder");
      problems.check(
          tier.rank() == i + 1,
          "tiers[" + i + "].rank",
          tier.rank(),
          "must be " + (i + 1) + ": ranks run 1..n without gaps or repeats");
    }
    problems.throwIfAny();
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a new ladder with the tiers, lowest rank first. */
  public static TierLadder of(TenantId tenant, LadderKey key, List<TierDefinition> tiers) {
    return new TierLadder(tenant, key, 0, tiers);
  }

  /**
   * Returns a new ladder whose tiers are the codes given lowest first, ranked 1..n, with no names
   * or entitlements: {@code TierLadder.ranked(tenant, key, "普通", "金卡", "钻石")}.
   */
  public static TierLadder ranked(TenantId tenant, LadderKey key, String... codesLowestFirst) {
    List<TierDefinition> tiers = new java.util.ArrayList<>();
    for (int i = 0; i < codesLowestFirst.length; i++) {
      tiers.add(TierDefinition.of(codesLowestFirst[i], i + 1));
    }
    return of(tenant, key, tiers);
  }

  /** Returns a copy with other tiers, keeping the version (stores check it on save). */
  public TierLadder withTiers(List<TierDefinition> newTiers) {
    return new TierLadder(tenant, key, version, newTiers);
  }

  /** Returns a copy at another version; stores call it when they save. */
  public TierLadder withVersion(long newVersion) {
    return new TierLadder(tenant, key, newVersion, tiers);
  }

  /** Returns the tier with the code, if the ladder has it. */
  public Optional<TierDefinition> tier(TierCode code) {
    return tiers.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * Returns the tier with the code.
   *
   * @throws ValidationException if the ladder has no such tier
   */
  public TierDefinition require(TierCode code) {
    return tier(code)
        .orElseThrow(
            () ->
                ValidationException.of(
                    "tier", code, "must be one of the ladder " + key + "'s tiers " + codes()));
  }

  /** Returns the codes, lowest first. */
  public List<TierCode> codes() {
    return tiers.stream().map(TierDefinition::code).toList();
  }

  /** Returns the lowest tier. */
  public TierDefinition lowest() {
    return tiers.get(0);
  }

  /** Returns the highest tier. */
  public TierDefinition highest() {
    return tiers.get(tiers.size() - 1);
  }

  /**
   * Compares two tiers of this ladder by rank: negative when {@code a} is lower.
   *
   * @throws ValidationException if either is not a tier of the ladder
   */
  public int compare(TierCode a, TierCode b) {
    return Integer.compare(require(a).rank(), require(b).rank());
  }
}
