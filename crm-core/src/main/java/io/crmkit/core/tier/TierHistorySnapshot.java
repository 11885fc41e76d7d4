package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The complete state of a {@link TierHistory} at one version, as a storage adapter keeps it: every
 * assignment of every ladder, sorted by ladder, then start, and the downgrades the ladders' grace
 * still holds back, sorted by ladder.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param version the stored version; 0 before the first save
 * @param assignments every assignment; per ladder they follow each other without gap or overlap and
 *     only the last may be open
 * @param pendingDowngrades at most one per ladder, each on a ladder with a current assignment
 * @since 0.1
 */
public record TierHistorySnapshot(
    TenantId tenant,
    CustomerId customer,
    long version,
    List<TierAssignment> assignments,
    List<PendingDowngrade> pendingDowngrades) {

  /**
   * Sorts the assignments and pending downgrades and checks that each ladder's history is a chain
   * without overlap, and that each pending downgrade is the only one of its ladder, on a ladder the
   * customer currently holds a tier of, to a tier other than the current one.
   *
   * @throws io.crmkit.core.shared.ValidationException naming each overlapping or broken entry
   */
  public TierHistorySnapshot {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
    assignments =
        assignments.stream()
            .sorted(
                Comparator.comparing(TierAssignment::ladder).thenComparing(TierAssignment::from))
            .toList();
    Problems problems = Problems.create();
    Map<LadderKey, List<TierAssignment>> byLadder =
        assignments.stream()
            .collect(
                Collectors.groupingBy(TierAssignment::ladder, TreeMap::new, Collectors.toList()));
    byLadder.forEach(
        (ladder, chain) -> {
          for (int i = 0; i + 1 < chain.size(); i++) {
            TierAssignment current = chain.get(i);
            TierAssignment next = chain.get(i + 1);
            problems.check(
                next.from().equals(current.thru()),
                "assignments." + ladder + "[" + (i + 1) + "].from",
                next.from(),
                "must start when the previous assignment ended ("
                    + current.thru()
                    + "); tier history may not overlap or leave gaps");
          }
        });
    pendingDowngrades =
        pendingDowngrades.stream().sorted(Comparator.comparing(PendingDowngrade::ladder)).toList();
    for (int i = 0; i < pendingDowngrades.size(); i++) {
      PendingDowngrade pending = pendingDowngrades.get(i);
      String field = "pendingDowngrades[" + i + "]";
      problems.check(
          i == 0 || !pendingDowngrades.get(i - 1).ladder().equals(pending.ladder()),
          field + ".ladder",
          pending.ladder(),
          "must not repeat; a ladder has at most one pending downgrade");
      List<TierAssignment> chain = byLadder.getOrDefault(pending.ladder(), List.of());
      TierAssignment last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
      problems.check(
          last != null && last.thru() == null,
          field + ".ladder",
          pending.ladder(),
          "must have a current assignment to downgrade from");
      problems.check(
          last == null || !last.tier().equals(pending.tier()),
          field + ".tier",
          pending.tier(),
          "must differ from the current tier");
    }
    problems.throwIfAny();
  }

  /**
   * Returns a snapshot with no pending downgrades.
   *
   * @throws io.crmkit.core.shared.ValidationException as the canonical constructor does
   */
  public TierHistorySnapshot(
      TenantId tenant, CustomerId customer, long version, List<TierAssignment> assignments) {
    this(tenant, customer, version, assignments, List.of());
  }

  /** Returns a copy at another version; stores call it when they save. */
  public TierHistorySnapshot withVersion(long newVersion) {
    return new TierHistorySnapshot(tenant, customer, newVersion, assignments, pendingDowngrades);
  }
}
