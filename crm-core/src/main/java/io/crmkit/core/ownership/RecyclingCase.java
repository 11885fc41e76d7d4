package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a {@link RecyclingRule} decides on: the customer, its facts, who holds it, the rules
 * of the pool it would return to, its current tier on each ladder, and the zone that turns instants
 * into days.
 *
 * @param customer the customer
 * @param facts its facts (last contact, last order, contract coverage)
 * @param ownership who holds it
 * @param policy the rules of the pool it came from and would return to
 * @param tiers its current tier per ladder
 * @param zone the zone in which instants become days
 * @since 0.1
 */
public record RecyclingCase(
    CustomerSnapshot customer,
    CustomerFacts facts,
    OwnershipSnapshot ownership,
    PoolPolicy policy,
    Map<LadderKey, TierCode> tiers,
    ZoneId zone) {

  /**
   * Requires every part and copies the tiers.
   *
   * @since 0.1
   */
  public RecyclingCase {
    requireNonNull(customer, "customer");
    requireNonNull(facts, "facts");
    requireNonNull(ownership, "ownership");
    requireNonNull(policy, "policy");
    requireNonNull(zone, "zone");
    tiers = Map.copyOf(tiers);
  }

  /**
   * Returns the customer's current tier on the ladder, if graded.
   *
   * @since 0.1
   */
  public Optional<TierCode> tier(LadderKey ladder) {
    return Optional.ofNullable(tiers.get(ladder));
  }

  /**
   * Returns the day the current owner took the customer (claim, assignment or transfer), or the day
   * it was registered when no move records it; empty when it has no owner.
   *
   * @since 0.1
   */
  public Optional<LocalDate> ownedSince() {
    if (ownership.owner() == null) {
      return Optional.empty();
    }
    for (int i = ownership.moves().size() - 1; i >= 0; i--) {
      OwnershipMove move = ownership.moves().get(i);
      if (ownership.owner().equals(move.newOwner())
          && !ownership.owner().equals(move.previousOwner())) {
        return Optional.of(LocalDate.ofInstant(move.at(), zone));
      }
    }
    return Optional.of(LocalDate.ofInstant(customer.createdAt(), zone));
  }

  /**
   * Returns the day of the last contact (interaction), if any.
   *
   * @since 0.1
   */
  public Optional<LocalDate> lastContactDay() {
    return Optional.ofNullable(facts.lastContactAt()).map(at -> LocalDate.ofInstant(at, zone));
  }
}
