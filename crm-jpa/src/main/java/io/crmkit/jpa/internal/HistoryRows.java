package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Find, save, delete, list and count for one kind of customer history that a unit of work keeps as
 * a row keyed {@code (tenant_id, customer_id)} plus one child row per entry; lists are keyset-paged
 * over the row's primary key. A save changes only the child rows whose entry changed: it removes
 * the stored ones the snapshot no longer has, persists the new ones and updates the rest in place.
 */
final class HistoryRows<S, P extends VersionColumns<RowKey>, C> {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;
  private final HistoryMapping<S, P, C> mapping;

  HistoryRows(JpaUnitOfWork unitOfWork, HistoryMapping<S, P, C> mapping) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.mapping = mapping;
  }

  Optional<S> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        mapping.describe(customer),
        () -> {
          P row = em.find(mapping.rowType(), key(tenant, customer));
          return Optional.ofNullable(row)
              .map(r -> mapping.read(r, childrenOf(tenant.value(), List.of(r.key().id)).get(0)));
        });
  }

  /**
   * Saves the snapshot, the customer's history at version {@code expected}, by the version rule of
   * {@link RowVersions}; returns the new version.
   */
  long save(TenantId tenant, CustomerId customer, long expected, S snapshot) {
    String what = mapping.describe(customer);
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(tenant, customer);
          P stored = RowVersions.stored(em, mapping.rowType(), key, expected, what);
          List<C> old = stored == null ? List.of() : childrenOf(key.tenant, List.of(key.id)).get(0);
          RowVersions.write(
              em, stored, () -> mapping.newRow(key), expected, r -> mapping.write(snapshot, r));
          replaceChildren(old, mapping.children(snapshot));
          return expected + 1;
        });
  }

  boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        mapping.describe(customer),
        () -> {
          P row = em.find(mapping.rowType(), key(tenant, customer));
          return RowVersions.remove(
              em,
              row,
              () ->
                  childrenOf(tenant.value(), List.of(customer.toString()))
                      .get(0)
                      .forEach(em::remove));
        });
  }

  /**
   * Lists the histories of the tenant that {@code where} accepts (its conditions use the alias
   * {@code r} and must include the tenant), in ascending customer id order.
   */
  Page<S> page(TenantId tenant, Where where, PageRequest page) {
    return unitOfWork.call(
        "histories of tenant " + tenant,
        () -> {
          page.cursor().ifPresent(c -> where.and("r.id > :after", "after", idAfter(c)));
          List<P> rows =
              where
                  .bind(
                      em.createQuery(
                          "select r from "
                              + entity(mapping.rowType())
                              + " r"
                              + where.jpql()
                              + " order by r.id",
                          mapping.rowType()))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          boolean more = rows.size() > page.size();
          List<P> items = more ? rows.subList(0, page.size()) : rows;
          List<List<C>> children =
              childrenOf(tenant.value(), items.stream().map(r -> r.key().id).toList());
          List<S> histories = new ArrayList<>(items.size());
          for (int i = 0; i < items.size(); i++) {
            histories.add(mapping.read(items.get(i), children.get(i)));
          }
          Cursor next = more ? Cursor.of(items.get(items.size() - 1).key().id) : null;
          return new Page<>(histories, next);
        });
  }

  /** Counts the histories {@code where} accepts (as for {@link #page}). */
  long count(TenantId tenant, Where where) {
    return unitOfWork.call(
        "histories of tenant " + tenant,
        () ->
            where
                .bind(
                    em.createQuery(
                        "select count(r) from " + entity(mapping.rowType()) + " r" + where.jpql(),
                        Long.class))
                .getSingleResult());
  }

  /** Returns the child rows of each owner, in the order of {@code owners}, each in child order. */
  private List<List<C>> childrenOf(String tenant, List<String> owners) {
    Map<String, List<C>> byOwner = new LinkedHashMap<>();
    owners.forEach(o -> byOwner.put(o, new ArrayList<>()));
    if (!owners.isEmpty()) {
      List<C> rows =
          IdSpan.of(owners)
              .bind(
                  em.createQuery(
                          "select c from "
                              + entity(mapping.childType())
                              + " c where c.tenant = :tenant and "
                              + IdSpan.between("c.owner")
                              + " and c.owner in :owners order by c.owner, "
                              + mapping.childOrder(),
                          mapping.childType())
                      .setParameter("tenant", tenant)
                      .setParameter("owners", owners))
              .getResultList();
      rows.forEach(c -> byOwner.get(mapping.owner(c)).add(c));
    }
    return new ArrayList<>(byOwner.values());
  }

  private void replaceChildren(List<C> stored, List<C> wanted) {
    Map<Object, C> byKey = new HashMap<>();
    stored.forEach(c -> byKey.put(mapping.childKey(c), c));
    for (C child : wanted) {
      C old = byKey.remove(mapping.childKey(child));
      if (old == null) {
        em.persist(child);
      } else {
        mapping.update(old, child);
      }
    }
    byKey.values().forEach(em::remove);
  }

  private static String entity(Class<?> type) {
    return type.getSimpleName();
  }

  private static RowKey key(TenantId tenant, CustomerId customer) {
    return new RowKey(tenant.value(), customer.toString());
  }

  private static String idAfter(Cursor cursor) {
    try {
      return CustomerId.parse(cursor.token()).toString();
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }
}
