package io.crmkit.jpa.internal;

import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentMembershipRepository;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The segment-membership repository of one JPA unit of work: {@code crm_segment_membership},
 * keyset-paged over the primary key {@code (tenant_id, segment_key, customer_id)}; a customer's
 * memberships are found through the index {@code (tenant_id, customer_id, segment_key)}.
 *
 * <p>The database orders segment keys bytewise (PostgreSQL, MariaDB) or by UTF-16 unit (H2), which
 * agrees with {@link MembershipKey}'s order for every key except where one has a character in
 * U+E000–U+FFFF and the other a character beyond U+FFFF at the first difference: there the bytewise
 * order puts the latter last.
 */
final class JpaSegmentMembershipRepository implements SegmentMembershipRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;
  private final VersionedRows<MembershipRow> rows;

  JpaSegmentMembershipRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.rows = new VersionedRows<>(unitOfWork, MembershipRow.class);
  }

  @Override
  public Optional<SegmentMembership> find(TenantId tenant, MembershipKey key) {
    return unitOfWork.call(
        "membership " + key,
        () ->
            Optional.ofNullable(rows.find(key(tenant, key)))
                .map(r -> SegmentMembership.restore(r.read())));
  }

  @Override
  public SegmentMembership save(SegmentMembership membership) {
    MembershipSnapshot s = membership.snapshot();
    String what = "membership " + s.key();
    return unitOfWork.call(
        what,
        () -> {
          MembershipRowKey key = key(s.tenant(), s.key());
          rows.save(what, key, s.version(), () -> new MembershipRow(key), r -> r.write(s));
          return SegmentMembership.restore(s.withVersion(s.version() + 1));
        });
  }

  @Override
  public boolean delete(TenantId tenant, MembershipKey key) {
    return unitOfWork.call("membership " + key, () -> rows.delete(key(tenant, key), r -> {}));
  }

  @Override
  public Page<SegmentMembership> find(MembershipQuery query, PageRequest page) {
    return unitOfWork.call(
        "memberships of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor()
              .map(c -> KeysetPages.after(c, MembershipKey::parse))
              .ifPresent(
                  after ->
                      where
                          .and(
                              "(r.segment > :afterSegment or (r.segment = :afterSegment"
                                  + " and r.customer > :afterCustomer))",
                              "afterSegment",
                              after.segment().code())
                          .with("afterCustomer", after.customer().toString()));
          return KeysetPages.page(
              where
                  .bind(
                      em.createQuery(
                          "select r from MembershipRow r"
                              + where.jpql()
                              + " order by r.segment, r.customer",
                          MembershipRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList(),
              page.size(),
              r -> SegmentMembership.restore(r.read()),
              r -> r.segment + "/" + r.customer);
        });
  }

  @Override
  public long count(MembershipQuery query) {
    return unitOfWork.call(
        "memberships of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(
                  em.createQuery("select count(r) from MembershipRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  private static Where where(MembershipQuery q) {
    Where where = new Where().and("r.tenant = :tenant", "tenant", q.tenant().value());
    if (q.currentOnly()) {
      where.and("r.currentMember = :current", "current", Boolean.TRUE);
    }
    return where
        .andIf(q.segment() == null ? null : q.segment().code(), "r.segment = :segment", "segment")
        .andIf(
            q.customer() == null ? null : q.customer().toString(),
            "r.customer = :customer",
            "customer")
        .andIf(q.optIn() == null ? null : q.optIn().name(), "r.optIn = :optIn", "optIn");
  }

  private static MembershipRowKey key(TenantId tenant, MembershipKey key) {
    return new MembershipRowKey(tenant.value(), key.segment().code(), key.customer().toString());
  }
}
