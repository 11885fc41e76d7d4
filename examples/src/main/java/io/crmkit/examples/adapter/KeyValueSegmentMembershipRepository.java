package io.crmkit.examples.adapter;

import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentMembershipRepository;
import java.util.Optional;

/**
 * Segment memberships, one row per segment and customer, keyed {@code segment SEP customer} so that
 * key order is {@link MembershipKey} order.
 */
final class KeyValueSegmentMembershipRepository implements SegmentMembershipRepository {
  static final Table<MembershipKey, MembershipSnapshot> MEMBERSHIPS =
      new Table<>(
          "membership",
          MembershipSnapshot.class,
          new KeyFormat<>(
              key -> Keys.join(key.segment().code(), Keys.uuid(key.customer().value())),
              MembershipKey::parse),
          MembershipSnapshot::tenant,
          MembershipSnapshot::key,
          MembershipSnapshot::version,
          MembershipSnapshot::withVersion);

  private final Transaction transaction;

  KeyValueSegmentMembershipRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<SegmentMembership> find(TenantId tenant, MembershipKey key) {
    return MEMBERSHIPS.find(transaction, tenant, key).map(SegmentMembership::restore);
  }

  @Override
  public SegmentMembership save(SegmentMembership membership) {
    return SegmentMembership.restore(MEMBERSHIPS.save(transaction, membership.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, MembershipKey key) {
    return MEMBERSHIPS.delete(transaction, tenant, key);
  }

  @Override
  public Page<SegmentMembership> find(MembershipQuery query, PageRequest page) {
    return MEMBERSHIPS
        .page(transaction, query.tenant(), query::matches, page)
        .map(SegmentMembership::restore);
  }

  @Override
  public long count(MembershipQuery query) {
    return MEMBERSHIPS.count(transaction, query.tenant(), query::matches);
  }
}
