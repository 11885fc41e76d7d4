package io.crmkit.core.memory;

import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Find, save, delete, list and count for one kind of aggregate that one in-memory unit of work
 * keeps as immutable, versioned snapshots; every in-memory repository is a thin layer over one.
 */
final class SnapshotRows<K extends Comparable<K>, S, A> {

  /** How an aggregate maps to its stored snapshot and back. */
  record Mapping<K, S, A>(
      Function<A, S> snapshot,
      Function<S, A> restore,
      Function<S, TenantId> tenant,
      Function<S, K> key,
      ToLongFunction<S> version,
      BiFunction<S, Long, S> withVersion) {

    /** The mapping of a value that is its own snapshot (facts, ladders, pools, segments). */
    static <K, S> Mapping<K, S, S> identity(
        Function<S, TenantId> tenant,
        Function<S, K> key,
        ToLongFunction<S> version,
        BiFunction<S, Long, S> withVersion) {
      return new Mapping<>(
          Function.identity(), Function.identity(), tenant, key, version, withVersion);
    }
  }

  private final MemoryUnitOfWork unitOfWork;
  private final MemoryTable<K, S>.Staging rows;
  private final Mapping<K, S, A> mapping;

  SnapshotRows(
      MemoryUnitOfWork unitOfWork, MemoryTable<K, S>.Staging rows, Mapping<K, S, A> mapping) {
    this.unitOfWork = unitOfWork;
    this.rows = rows;
    this.mapping = mapping;
  }

  Optional<A> find(TenantId tenant, K key) {
    return unitOfWork.read(() -> Optional.ofNullable(rows.get(tenant, key)).map(mapping.restore()));
  }

  /** Stages the aggregate at its version + 1, checking the version it was loaded at. */
  A save(A aggregate) {
    S state = mapping.snapshot().apply(aggregate);
    long version = mapping.version().applyAsLong(state);
    S next = mapping.withVersion().apply(state, version + 1);
    return unitOfWork.write(
        () -> {
          rows.put(mapping.tenant().apply(state), mapping.key().apply(state), next, version);
          return mapping.restore().apply(next);
        });
  }

  boolean delete(TenantId tenant, K key) {
    return unitOfWork.write(() -> rows.remove(tenant, key));
  }

  Page<A> page(TenantId tenant, @Nullable Object group, Predicate<S> filter, PageRequest page) {
    return unitOfWork.read(() -> rows.page(tenant, group, filter, page)).map(mapping.restore());
  }

  long count(TenantId tenant, @Nullable Object group, Predicate<S> filter) {
    return unitOfWork.read(() -> rows.count(tenant, group, filter));
  }

  /** Every row of the group (or tenant) that the filter accepts, in key order. */
  List<S> all(TenantId tenant, @Nullable Object group, Predicate<S> filter) {
    return unitOfWork.read(() -> rows.all(tenant, group, filter));
  }

  /**
   * Every aggregate of the tenant, in key order; for the small tables (ladders, pools, segments).
   */
  List<A> all(TenantId tenant) {
    return new ArrayList<>(all(tenant, null, s -> true).stream().map(mapping.restore()).toList());
  }

  /** Removes every row of the group that the filter accepts; returns how many. */
  long deleteAll(TenantId tenant, @Nullable Object group, Predicate<S> filter) {
    return unitOfWork.write(
        () -> {
          long removed = 0;
          for (S row : rows.all(tenant, group, filter)) {
            removed += rows.remove(tenant, mapping.key().apply(row)) ? 1 : 0;
          }
          return removed;
        });
  }
}
