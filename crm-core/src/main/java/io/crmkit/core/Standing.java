package io.crmkit.core;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.spi.UnitOfWork;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer's standing read in one unit of work, as reminder policies and recycling rules see it:
 * facts, current tiers, ownership and the pool it belongs to.
 */
record Standing(
    Customer customer,
    CustomerFacts facts,
    Map<LadderKey, TierCode> tiers,
    Ownership ownership,
    Optional<PublicPool> pool) {

  /** Reads the standing of a stored customer. */
  static Standing read(UnitOfWork store, Customer customer) {
    var tenant = customer.tenant();
    var id = customer.id();
    CustomerFacts facts =
        store.facts().find(tenant, id).orElseGet(() -> CustomerFacts.empty(tenant, id));
    Map<LadderKey, TierCode> tiers = new TreeMap<>();
    store
        .tierHistories()
        .find(tenant, id)
        .ifPresent(
            h ->
                h.assignments().stream()
                    .filter(a -> a.thru() == null)
                    .forEach(a -> tiers.put(a.ladder(), a.tier())));
    Ownership ownership =
        store.ownerships().find(tenant, id).orElseGet(() -> Ownership.none(tenant, id));
    Optional<PublicPool> pool = ownership.homePool().flatMap(p -> store.pools().find(tenant, p));
    return new Standing(customer, facts, Map.copyOf(tiers), ownership, pool);
  }
}
