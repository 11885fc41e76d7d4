package io.crmkit.jpa.internal;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.ReminderRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The reminder repository of one JPA unit of work: {@code crm_reminder}, listed in {@code
 * (due_at_us, id)} order and keyset-paged after a cursor holding both. The condition after a cursor
 * is written {@code due >= d and (due > d or id > i)}, whose first half bounds an index range scan
 * on every database; an owner's to-do list ("due for manager X before D") reads the index {@code
 * (tenant_id, owner_ref, due_at_us, id)} in order, a customer's {@code (tenant_id, customer_id,
 * due_at_us, id)}, the tenant's {@code (tenant_id, due_at_us, id)}.
 */
final class JpaReminderRepository implements ReminderRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaReminderRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<Reminder> find(TenantId tenant, ReminderId id) {
    return unitOfWork.call(
        "reminder " + id,
        () ->
            Optional.ofNullable(
                    em.find(ReminderRow.class, new RowKey(tenant.value(), id.toString())))
                .map(row -> Reminder.restore(ReminderMapper.read(row))));
  }

  @Override
  public Reminder save(Reminder reminder) {
    ReminderSnapshot s = reminder.snapshot();
    String what = "reminder " + s.id();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = new RowKey(s.tenant().value(), s.id().toString());
          ReminderRow row = RowVersions.stored(em, ReminderRow.class, key, s.version(), what);
          boolean insert = row == null;
          if (row == null) {
            row = ReminderRow.create();
            row.tenant = key.tenant;
            row.id = key.id;
          }
          ReminderMapper.write(s, row);
          row.version = s.version() + 1;
          if (insert) {
            em.persist(row);
          }
          return Reminder.restore(s.withVersion(s.version() + 1));
        });
  }

  @Override
  public boolean delete(TenantId tenant, ReminderId id) {
    return unitOfWork.call(
        "reminder " + id,
        () -> {
          ReminderRow row = em.find(ReminderRow.class, new RowKey(tenant.value(), id.toString()));
          if (row == null) {
            return false;
          }
          em.remove(row);
          // written now, so that a later insert of the same id in this unit of work follows it
          unitOfWork.flushNow();
          return true;
        });
  }

  @Override
  public Page<Reminder> find(ReminderQuery query, PageRequest page) {
    return unitOfWork.read(
        "reminders of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor()
              .map(ReminderCursor::parse)
              .ifPresent(
                  after ->
                      where
                          .and("r.dueAt >= :afterDue", "afterDue", after.dueAt())
                          .and("(r.dueAt > :afterDue or r.id > :afterId)", "afterId", after.id()));
          List<ReminderRow> rows =
              where
                  .bind(
                      em.createQuery(
                          "select r from ReminderRow r" + where.jpql() + orderBy(query),
                          ReminderRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          return KeysetPages.of(
              rows, page, row -> Reminder.restore(ReminderMapper.read(row)), ReminderCursor::after);
        });
  }

  @Override
  public long count(ReminderQuery query) {
    return unitOfWork.read(
        "reminders of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(em.createQuery("select count(r) from ReminderRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  /**
   * Orders by due instant, then id. On H2 (and PostgreSQL, which reads the index in order either
   * way) the order names first the columns the query fixes by equality: the same order, but spelled
   * as the index's leading columns, so that H2 reads the index in order instead of sorting the
   * whole range. On MariaDB that spelling makes it sort the range, so it gets only the due instant
   * and id ({@link Database}).
   */
  private String orderBy(ReminderQuery q) {
    if (!unitOfWork.database().ordersByEqualityColumns()) {
      return " order by r.dueAt, r.id";
    }
    if (q.owner() != null) {
      return " order by r.tenant, r.owner, r.dueAt, r.id";
    }
    if (q.customer() != null) {
      return " order by r.tenant, r.customer, r.dueAt, r.id";
    }
    return " order by r.tenant, r.dueAt, r.id";
  }

  private static Where where(ReminderQuery q) {
    return new Where()
        .and("r.tenant = :tenant", "tenant", q.tenant().value())
        .andIf(q.owner() == null ? null : q.owner().value(), "r.owner = :owner", "owner")
        .andIf(
            q.customer() == null ? null : q.customer().toString(),
            "r.customer = :customer",
            "customer")
        .andIn(
            "r.status", "status", q.statuses().stream().map(ReminderStatus::name).sorted().toList())
        .andIf(q.kind() == null ? null : q.kind().name(), "r.kind = :kind", "kind")
        .andWhen(q.unannouncedOnly(), "r.announcedAt is null")
        .andIf(
            q.dueFrom() == null ? null : Micros.of("dueFrom", q.dueFrom()),
            "r.dueAt >= :dueFrom",
            "dueFrom")
        .andIf(
            q.dueBefore() == null ? null : Micros.of("dueBefore", q.dueBefore()),
            "r.dueAt < :dueBefore",
            "dueBefore");
  }
}
