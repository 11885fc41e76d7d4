package io.crmkit.core.memory;

import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentMembershipRepository;
import java.util.Optional;

/** The segment-membership repository of one in-memory unit of work; indexed by segment. */
final class InMemorySegmentMembershipRepository implements SegmentMembershipRepository {
  private static final SnapshotRows.Mapping<MembershipKey, MembershipSnapshot, SegmentMembership>
      MAPPING =
          new SnapshotRows.Mapping<>(
              SegmentMembership::snapshot,
              SegmentMembership::restore,
              MembershipSnapshot::tenant,
              MembershipSnapshot::key,
              MembershipSnapshot::version,
              MembershipSnapshot::withVersion);

  private final SnapshotRows<MembershipKey, MembershipSnapshot, SegmentMembership> rows;

  InMemorySegmentMembershipRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.memberships, MAPPING);
  }

  @Override
  public Optional<SegmentMembership> find(TenantId tenant, MembershipKey key) {
    return rows.find(tenant, key);
  }

  @Override
  public SegmentMembership save(SegmentMembership aggregate) {
    return rows.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, MembershipKey key) {
    return rows.delete(tenant, key);
  }

  @Override
  public Page<SegmentMembership> find(MembershipQuery query, PageRequest page) {
    return rows.page(query.tenant(), query.segment(), query::matches, page);
  }

  @Override
  public long count(MembershipQuery query) {
    return rows.count(query.tenant(), query.segment(), query::matches);
  }
}
