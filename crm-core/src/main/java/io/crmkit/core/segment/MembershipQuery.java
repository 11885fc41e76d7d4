package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing segment memberships of one tenant, in {@link MembershipKey} order: a
 * segment's current members, or every segment a customer was ever in.
 *
 * @param tenant the tenant (required)
 * @param segment only this segment, or {@code null}
 * @param customer only this customer, or {@code null}
 * @param currentOnly only current members
 * @param optIn only members with this opt-in status, or {@code null}
 * @since 0.1
 */
public record MembershipQuery(
    TenantId tenant,
    @Nullable SegmentKey segment,
    @Nullable CustomerId customer,
    boolean currentOnly,
    @Nullable OptIn optIn) {

  /** Requires the tenant. */
  public MembershipQuery {
    requireNonNull(tenant, "tenant");
  }

  /** Returns a query for the current members of a segment. */
  public static MembershipQuery membersOf(TenantId tenant, SegmentKey segment) {
    return new MembershipQuery(tenant, requireNonNull(segment, "segment"), null, true, null);
  }

  /** Returns a query for every membership, past or current, of a customer. */
  public static MembershipQuery of(TenantId tenant, CustomerId customer) {
    return new MembershipQuery(tenant, null, requireNonNull(customer, "customer"), false, null);
  }

  /** Also requires the opt-in status. */
  public MembershipQuery optIn(OptIn status) {
    return new MembershipQuery(
        tenant, segment, customer, currentOnly, requireNonNull(status, "status"));
  }

  /** Returns whether a membership meets every criterion; other stores must agree with it. */
  public boolean matches(MembershipSnapshot m) {
    return m.tenant().equals(tenant)
        && (segment == null || segment.equals(m.key().segment()))
        && (customer == null || customer.equals(m.key().customer()))
        && (!currentOnly || m.isMember())
        && (optIn == null || optIn == m.optIn());
  }
}
