package io.crmkit.jpa.internal;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.ActivityRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The activity repository of one JPA unit of work: {@code crm_activity}, append-only, keyset-paged
 * over {@code (tenant_id, id)} or, for one customer, {@code (tenant_id, customer_id, id)}.
 */
final class JpaActivityRepository implements ActivityRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaActivityRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public void append(RecordedActivity activity) {
    String what = "activity " + activity.id();
    unitOfWork.call(
        what,
        () -> {
          ActivityRow row = ActivityMapper.write(activity);
          if (em.find(ActivityRow.class, new RowKey(row.tenant, row.id)) != null) {
            throw new ConcurrentUpdateException(what, 0, 1);
          }
          em.persist(row);
          return null;
        });
  }

  @Override
  public Optional<RecordedActivity> findById(TenantId tenant, ActivityId id) {
    return unitOfWork.call(
        "activity " + id,
        () ->
            Optional.ofNullable(
                    em.find(ActivityRow.class, new RowKey(tenant.value(), id.toString())))
                .map(ActivityMapper::read));
  }

  @Override
  public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
    return unitOfWork.call(
        "activities of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor().ifPresent(c -> where.and("r.id > :after", "after", idAfter(c)));
          List<ActivityRow> rows =
              where
                  .bind(
                      em.createQuery(
                          "select r from ActivityRow r" + where.jpql() + " order by r.id",
                          ActivityRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          boolean more = rows.size() > page.size();
          List<ActivityRow> items = more ? rows.subList(0, page.size()) : rows;
          return new Page<>(
              items.stream().map(ActivityMapper::read).toList(),
              more ? Cursor.of(items.get(items.size() - 1).id) : null);
        });
  }

  @Override
  public long count(ActivityQuery query) {
    return unitOfWork.call(
        "activities of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(em.createQuery("select count(r) from ActivityRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "activities of customer " + customer,
        () -> {
          List<ActivityRow> rows =
              em.createQuery(
                      "select r from ActivityRow r where r.tenant = :tenant"
                          + " and r.customer = :customer",
                      ActivityRow.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("customer", customer.toString())
                  .getResultList();
          rows.forEach(em::remove);
          unitOfWork.flushNow();
          return (long) rows.size();
        });
  }

  private static Where where(ActivityQuery q) {
    return new Where()
        .and("r.tenant = :tenant", "tenant", q.tenant().value())
        .andIf(
            q.customer() == null ? null : q.customer().toString(),
            "r.customer = :customer",
            "customer")
        .andIf(q.kind() == null ? null : q.kind().name(), "r.kind = :kind", "kind")
        .andIf(
            q.recordedSince() == null ? null : Micros.of("recordedSince", q.recordedSince()),
            "r.recordedAt >= :recordedSince",
            "recordedSince");
  }

  private static String idAfter(Cursor cursor) {
    try {
      return ActivityId.parse(cursor.token()).toString();
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }
}
