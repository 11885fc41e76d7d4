package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link ReminderPolicy} plans from: one customer, its facts, its contacts, its
 * current tier on each ladder, who holds it, the policy of the pool it came from (if any), the day
 * and the zone reminders are due in.
 *
 * @param customer the customer
 * @param facts its facts: last contact, last order, contract coverage
 * @param contacts its contacts, with their birthdays
 * @param tiers its current tier per ladder
 * @param ownership who holds it (no owner and no pool when nobody ever did)
 * @param poolPolicy the rules of the pool it waits in or was last taken from, if any
 * @param asOf the day of planning
 * @param zone the zone reminders are due in
 * @since 0.1
 */
public record ReminderContext(
    CustomerSnapshot customer,
    CustomerFacts facts,
    List<ContactSnapshot> contacts,
    Map<LadderKey, TierCode> tiers,
    OwnershipSnapshot ownership,
    @Nullable PoolPolicy poolPolicy,
    LocalDate asOf,
    ZoneId zone) {

  /**
   * Requires every part but the pool policy and copies the collections.
   *
   * @since 0.1
   */
  public ReminderContext {
    requireNonNull(customer, "customer");
    requireNonNull(facts, "facts");
    requireNonNull(ownership, "ownership");
    requireNonNull(asOf, "asOf");
    requireNonNull(zone, "zone");
    contacts = List.copyOf(contacts);
    tiers = Map.copyOf(tiers);
  }

  /**
   * Returns the customer's owner, who receives its reminders; empty for an unowned customer.
   *
   * @since 0.1
   */
  public Optional<UserRef> owner() {
    return Optional.ofNullable(ownership.owner());
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
   * Returns the day of the last contact in the context's zone, if any.
   *
   * @since 0.1
   */
  public Optional<LocalDate> lastContactDay() {
    return Optional.ofNullable(facts.lastContactAt()).map(at -> LocalDate.ofInstant(at, zone));
  }

  /**
   * Returns what a recycling rule decides on, when the customer belongs to a pool.
   *
   * @since 0.1
   */
  public Optional<RecyclingCase> recyclingCase() {
    return poolPolicy == null
        ? Optional.empty()
        : Optional.of(new RecyclingCase(customer, facts, ownership, poolPolicy, tiers, zone));
  }
}
