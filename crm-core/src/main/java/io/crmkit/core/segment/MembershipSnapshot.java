package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.util.List;

/**
 * The complete state of a {@link SegmentMembership} at one version, as a storage adapter keeps it.
 *
 * @param tenant the tenant
 * @param key the segment and the customer
 * @param version the stored version; 0 before the first save
 * @param periods every stay, oldest first; they do not overlap and only the last may be open
 * @param optIn the marketing opt-in status
 * @since 0.1
 */
public record MembershipSnapshot(
    TenantId tenant, MembershipKey key, long version, List<MembershipPeriod> periods, OptIn optIn) {

  /**
   * Requires the parts and checks that the stays follow each other.
   *
   * @throws ValidationException if two stays overlap or an earlier one is still open
   */
  public MembershipSnapshot {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    requireNonNull(optIn, "optIn");
    periods = List.copyOf(periods);
    for (int i = 0; i + 1 < periods.size(); i++) {
      MembershipPeriod current = periods.get(i);
      MembershipPeriod next = periods.get(i + 1);
      if (current.left() == null || next.entered().isBefore(current.left())) {
        throw ValidationException.of(
            "periods[" + (i + 1) + "].entered", next.entered(), "must not overlap the stay before");
      }
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a copy at another version; stores call it when they save. */
  public MembershipSnapshot withVersion(long newVersion) {
    return new MembershipSnapshot(tenant, key, newVersion, periods, optIn);
  }

  /** Returns whether the customer is a member now. */
  public boolean isMember() {
    return !periods.isEmpty() && periods.get(periods.size() - 1).left() == null;
  }
}
