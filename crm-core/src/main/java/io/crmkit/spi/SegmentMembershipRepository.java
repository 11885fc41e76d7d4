package io.crmkit.spi;

import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores {@link SegmentMembership}s, one per segment and customer, keyed by tenant and {@link
 * MembershipKey}. Obtained from a {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface SegmentMembershipRepository {

  /** Finds a membership; empty when the customer was never in the segment. */
  Optional<SegmentMembership> find(TenantId tenant, MembershipKey key);

  /**
   * Inserts or updates a membership and returns it at its new stored version; the same version
   * rules as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  SegmentMembership save(SegmentMembership membership);

  /** Removes a membership with its history; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, MembershipKey key);

  /**
   * Lists the memberships that {@link MembershipQuery#matches} accepts, in ascending {@link
   * MembershipKey} order (segment, then customer id), with the paging contract of {@link
   * CustomerRepository#find}.
   */
  Page<SegmentMembership> find(MembershipQuery query, PageRequest page);

  /** Counts the memberships that {@link MembershipQuery#matches} accepts. */
  long count(MembershipQuery query);
}
