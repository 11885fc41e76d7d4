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
 * <p>A ladder also says how long a customer keeps a tier after the rules first place it lower: the
 * {@linkplain #downgradeGraceDays() downgrade grace}. Upgrades take effect at once; a downgrade
 * only once the rule has said "lower" on every evaluation for at least that many days, so that a
 * customer near a threshold does not flap between two tiers. The grace is stored with the ladder,
 * so a tenant administrator changes it with {@code TierService.defineLadder} and no rebuild.
 *
 * @param tenant the tenant
 * @param key the ladder's key within the tenant
 * @param version the stored version; 0 before the first save
 * @param tiers the tiers, lowest rank first
 * @param downgradeGraceDays how many days the rule must have said "lower" before a customer drops a
 *     tier; 0 drops at once
 * @since 0.1
 */
public record TierLadder(
    TenantId tenant,
    LadderKey key,
    long version,
    List<TierDefinition> tiers,
    int downgradeGraceDays) {
  /** The most tiers a ladder may have. */
  public static final int MAX_TIERS = 50;

  /** The longest downgrade grace a ladder may have, ten years. */
  public static final int MAX_DOWNGRADE_GRACE_DAYS = 3660;

  /**
   * Validates the ladder and lists every problem.
   *
   * @throws ValidationException if it is empty or too long, repeats a code, its ranks are not
   *     exactly 1..n, or the downgrade grace is negative or longer than {@value
   *     #MAX_DOWNGRADE_GRACE_DAYS} days
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
    problems.check(
        downgradeGraceDays >= 0 && downgradeGraceDays <= MAX_DOWNGRADE_GRACE_DAYS,
        "downgradeGraceDays",
        downgradeGraceDays,
        "must be between 0 and " + MAX_DOWNGRADE_GRACE_DAYS + " days");
    problems.throwIfAny();
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /**
   * Returns a ladder with no downgrade grace: a customer drops a tier as soon as the rule says so.
   *
   * @throws ValidationException as the canonical constructor does
   */
  public TierLadder(TenantId tenant, LadderKey key, long version, List<TierDefinition> tiers) {
    this(tenant, key, version, tiers, 0);
  }

  /** Returns a new ladder with the tiers, lowest rank first, and no downgrade grace. */
  public static TierLadder of(TenantId tenant, LadderKey key, List<TierDefinition> tiers) {
    return new TierLadder(tenant, key, 0, tiers, 0);
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
    return new TierLadder(tenant, key, version, newTiers, downgradeGraceDays);
  }

  /**
   * Returns a copy with another downgrade grace, keeping the version (stores check it on save).
   *
   * @param days how many days the rule must have said "lower" before a customer drops a tier
   * @throws ValidationException if {@code days} is negative or too long
   */
  public TierLadder withDowngradeGrace(int days) {
    return new TierLadder(tenant, key, version, tiers, days);
  }

  /** Returns a copy at another version; stores call it when they save. */
  public TierLadder withVersion(long newVersion) {
    return new TierLadder(tenant, key, newVersion, tiers, downgradeGraceDays);
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
