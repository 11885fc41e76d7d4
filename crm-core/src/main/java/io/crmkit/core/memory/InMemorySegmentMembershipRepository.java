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

/** The segment-membership repository of one in-memory unit of work. */
final class InMemorySegmentMembershipRepository implements SegmentMembershipRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemorySegmentMembershipRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<SegmentMembership> find(TenantId tenant, MembershipKey key) {
    return unitOfWork.read(
        () ->
            Optional.ofNullable(unitOfWork.memberships.get(tenant, key))
                .map(SegmentMembership::restore));
  }

  @Override
  public SegmentMembership save(SegmentMembership history) {
    MembershipSnapshot state = history.snapshot();
    MembershipSnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.memberships.put(state.tenant(), state.key(), next, state.version());
          return SegmentMembership.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, MembershipKey key) {
    return unitOfWork.write(() -> unitOfWork.memberships.remove(tenant, key));
  }

  @Override
  public Page<SegmentMembership> find(MembershipQuery query, PageRequest page) {
    return unitOfWork
        .read(
            () ->
                unitOfWork.memberships.page(query.tenant(), query.segment(), query::matches, page))
        .map(SegmentMembership::restore);
  }

  @Override
  public long count(MembershipQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.memberships.count(query.tenant(), query.segment(), query::matches));
  }
}
