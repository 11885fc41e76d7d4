package io.crmkit.jpa.internal;

import io.crmkit.core.shared.ConcurrentUpdateException;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Find, save and delete of one kind of {@link VersionedRow} in a unit of work, with crm-core's
 * version rules: a save of version 0 inserts and fails when the row exists; any other save updates
 * the row stored at exactly that version and fails otherwise; a delete is idempotent and written at
 * once. Callers run these inside {@link JpaUnitOfWork#call}.
 */
final class VersionedRows<R extends VersionedRow> {
  private final EntityManager em;
  private final Class<R> type;

  VersionedRows(JpaUnitOfWork unitOfWork, Class<R> type) {
    this.em = unitOfWork.entityManager();
    this.type = type;
  }

  /** Returns the row with the key, or {@code null}. */
  @Nullable R find(Object key) {
    return em.find(type, key);
  }

  /**
   * Writes a snapshot of {@code version} into its row: {@code write} sets every column but the key
   * (and crm-core's version to {@code version + 1}) of the stored row, or of a new row from {@code
   * create}, which is then persisted.
   *
   * @param what the aggregate, for the conflict message ({@code pool east})
   * @return the row written
   * @throws ConcurrentUpdateException if the stored version is not {@code version}, or a row exists
   *     when {@code version} is 0
   */
  R save(String what, Object key, long version, Supplier<R> create, Consumer<R> write) {
    R row = RowVersions.stored(em, type, key, version, what);
    if (row == null) {
      row = create.get();
      write.accept(row);
      em.persist(row);
    } else {
      write.accept(row);
    }
    return row;
  }

  /**
   * Removes the row with the key after {@code children} removed its child rows, and writes the
   * removal now, so that a later insert of the same key in this unit of work follows it.
   *
   * @return whether the row existed
   */
  boolean delete(Object key, Consumer<R> children) {
    R row = em.find(type, key);
    return RowVersions.remove(em, row, () -> children.accept(row));
  }

  /**
   * Returns what every row of the tenant holds, in the order of {@code order}: for the small tables
   * (pools, segments) that are listed whole. Sorted in Java, so that the order is the domain type's
   * ({@code String.compareTo} of the code) on every database, whatever its collation.
   */
  <T> List<T> all(String tenant, Function<R, T> read, Comparator<? super T> order) {
    return em
        .createQuery("select r from " + type.getSimpleName() + " r where r.tenant = :tenant", type)
        .setParameter("tenant", tenant)
        .getResultList()
        .stream()
        .map(read)
        .sorted(order)
        .toList();
  }
}
