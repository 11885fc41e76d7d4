package io.crmkit.core.memory;

import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * One kind of stored value, per tenant in key order, with optional secondary indexes by group keys
 * (the customer an item belongs to, its owner). A row may sit in several groups; the group keys of
 * one table must be of types that never equal each other (a {@code CustomerId} and a {@code
 * UserRef}, say). Committed data is read without a transaction; writes are staged in a {@link
 * Staging} and applied by {@link #apply} while the store holds its write lock.
 */
final class MemoryTable<K extends Comparable<K>, V> {
  private final String name;
  private final ToLongFunction<V> version;
  private final Function<V, List<Object>> groupsOf;
  private final Function<String, K> parseKey;
  private final Map<TenantId, ConcurrentSkipListMap<K, V>> rows = new ConcurrentHashMap<>();
  private final Map<TenantId, Map<Object, NavigableSet<K>>> groups = new ConcurrentHashMap<>();

  MemoryTable(
      String name,
      ToLongFunction<V> version,
      Function<V, ? extends @Nullable Object> groupOf,
      Function<String, K> parseKey) {
    this(name, version, parseKey, List.of(groupOf));
  }

  /** A table whose rows are indexed by every group key the functions give (a null is none). */
  MemoryTable(
      String name,
      ToLongFunction<V> version,
      Function<String, K> parseKey,
      List<Function<V, ? extends @Nullable Object>> groupKeys) {
    this.name = name;
    this.version = version;
    this.parseKey = parseKey;
    List<Function<V, ? extends @Nullable Object>> keys = List.copyOf(groupKeys);
    this.groupsOf =
        value -> {
          List<Object> groups = new ArrayList<>(keys.size());
          for (Function<V, ? extends @Nullable Object> key : keys) {
            Object group = key.apply(value);
            if (group != null) {
              groups.add(group);
            }
          }
          return groups;
        };
  }

  /** The writes of one unit of work to this table: a value, or {@code null} for a removal. */
  final class Staging {
    private final Map<TenantId, NavigableMap<K, Slot<V>>> staged = new ConcurrentHashMap<>();
    private final Map<TenantId, Map<K, Long>> baseVersions = new ConcurrentHashMap<>();

    @Nullable V get(TenantId tenant, K key) {
      NavigableMap<K, Slot<V>> tenantStaged = staged.get(tenant);
      Slot<V> slot = tenantStaged == null ? null : tenantStaged.get(key);
      return slot != null ? slot.value() : committed(tenant, key);
    }

    /** Stages a value whose version must be {@code expected} in the current state. */
    void put(TenantId tenant, K key, V value, long expected) {
      V current = get(tenant, key);
      long actual = current == null ? -1 : version.applyAsLong(current);
      boolean insert = expected == 0;
      if (insert ? current != null : actual != expected) {
        throw new ConcurrentUpdateException(name + " " + key, expected, actual);
      }
      stage(tenant, key, value);
    }

    /** Stages a removal; returns whether there was a value. */
    boolean remove(TenantId tenant, K key) {
      if (get(tenant, key) == null) {
        return false;
      }
      stage(tenant, key, null);
      return true;
    }

    private void stage(TenantId tenant, K key, @Nullable V value) {
      baseVersions
          .computeIfAbsent(tenant, t -> new java.util.HashMap<>())
          .computeIfAbsent(
              key,
              k -> {
                V committed = committed(tenant, k);
                return committed == null ? -1L : version.applyAsLong(committed);
              });
      staged.computeIfAbsent(tenant, t -> new java.util.TreeMap<>()).put(key, new Slot<>(value));
    }

    Page<V> page(
        TenantId tenant, @Nullable Object group, Predicate<V> filter, PageRequest request) {
      K after = request.after() == null ? null : parse(request.after());
      List<V> items = new ArrayList<>(request.size());
      Iterator<K> keys = keys(tenant, group, after);
      K last = null;
      while (keys.hasNext()) {
        K key = keys.next();
        V value = get(tenant, key);
        if (value != null && filter.test(value)) {
          if (items.size() == request.size()) {
            return new Page<>(items, Cursor.of(last.toString()));
          }
          items.add(value);
          last = key;
        }
      }
      return new Page<>(items, null);
    }

    /** Returns every matching value, in key order; for lists a store sorts by another key. */
    List<V> all(TenantId tenant, @Nullable Object group, Predicate<V> filter) {
      List<V> values = new ArrayList<>();
      Iterator<K> keys = keys(tenant, group, null);
      while (keys.hasNext()) {
        V value = get(tenant, keys.next());
        if (value != null && filter.test(value)) {
          values.add(value);
        }
      }
      return values;
    }

    long count(TenantId tenant, @Nullable Object group, Predicate<V> filter) {
      long count = 0;
      Iterator<K> keys = keys(tenant, group, null);
      while (keys.hasNext()) {
        V value = get(tenant, keys.next());
        if (value != null && filter.test(value)) {
          count++;
        }
      }
      return count;
    }

    /** Returns the committed keys after {@code after}, merged with the staged ones, ascending. */
    private Iterator<K> keys(TenantId tenant, @Nullable Object group, @Nullable K after) {
      NavigableSet<K> committedKeys;
      if (group != null) {
        Map<Object, NavigableSet<K>> byGroup = groups.get(tenant);
        NavigableSet<K> set = byGroup == null ? null : byGroup.get(group);
        committedKeys = set == null ? new java.util.TreeSet<>() : set;
      } else {
        ConcurrentSkipListMap<K, V> tenantRows = rows.get(tenant);
        committedKeys =
            tenantRows == null ? new java.util.TreeSet<>() : tenantRows.navigableKeySet();
      }
      NavigableMap<K, Slot<V>> tenantStaged =
          staged.getOrDefault(tenant, new java.util.TreeMap<>());
      Set<K> stagedKeys =
          after == null
              ? tenantStaged.navigableKeySet()
              : tenantStaged.tailMap(after, false).navigableKeySet();
      Iterator<K> fromCommitted =
          (after == null ? committedKeys : committedKeys.tailSet(after, false)).iterator();
      return new MergedKeys<>(fromCommitted, stagedKeys.iterator());
    }

    /** Throws if a staged write was based on a version that is no longer committed. */
    void validate() {
      baseVersions.forEach(
          (tenant, bases) ->
              bases.forEach(
                  (key, base) -> {
                    V now = committed(tenant, key);
                    long actual = now == null ? -1 : version.applyAsLong(now);
                    if (actual != base) {
                      throw new ConcurrentUpdateException(
                          name + " " + key, base < 0 ? 0 : base, actual);
                    }
                  }));
    }

    boolean isEmpty() {
      return staged.isEmpty();
    }

    /** Applies these validated writes; the caller holds the store's write lock. */
    void commit() {
      apply(this);
    }
  }

  private record Slot<V>(@Nullable V value) {}

  Staging staging() {
    return new Staging();
  }

  @Nullable V committed(TenantId tenant, K key) {
    ConcurrentSkipListMap<K, V> tenantRows = rows.get(tenant);
    return tenantRows == null ? null : tenantRows.get(key);
  }

  /** Applies validated staged writes; the caller holds the store's write lock. */
  void apply(Staging staging) {
    staging.staged.forEach(
        (tenant, writes) -> {
          ConcurrentSkipListMap<K, V> tenantRows =
              rows.computeIfAbsent(tenant, t -> new ConcurrentSkipListMap<>());
          writes.forEach(
              (key, slot) -> {
                V previous =
                    slot.value() == null
                        ? tenantRows.remove(key)
                        : tenantRows.put(key, slot.value());
                reindex(tenant, key, previous, slot.value());
              });
        });
  }

  private void reindex(TenantId tenant, K key, @Nullable V previous, @Nullable V next) {
    List<Object> before = previous == null ? List.of() : groupsOf.apply(previous);
    List<Object> after = next == null ? List.of() : groupsOf.apply(next);
    if (before.equals(after)) {
      return;
    }
    Map<Object, NavigableSet<K>> byGroup =
        groups.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
    for (Object group : before) {
      if (after.contains(group)) {
        continue;
      }
      NavigableSet<K> set = byGroup.get(group);
      if (set != null) {
        set.remove(key);
        if (set.isEmpty()) {
          byGroup.remove(group);
        }
      }
    }
    for (Object group : after) {
      byGroup.computeIfAbsent(group, g -> new ConcurrentSkipListSet<>()).add(key);
    }
  }

  private K parse(Cursor cursor) {
    try {
      return parseKey.apply(cursor.token());
    } catch (RuntimeException e) {
      throw io.crmkit.core.shared.ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }

  /** Merges two ascending key iterators into one, without duplicates. */
  private static final class MergedKeys<K extends Comparable<K>> implements Iterator<K> {
    private final Iterator<K> left;
    private final Iterator<K> right;
    private @Nullable K nextLeft;
    private @Nullable K nextRight;

    MergedKeys(Iterator<K> left, Iterator<K> right) {
      this.left = left;
      this.right = right;
      nextLeft = left.hasNext() ? left.next() : null;
      nextRight = right.hasNext() ? right.next() : null;
    }

    @Override
    public boolean hasNext() {
      return nextLeft != null || nextRight != null;
    }

    @Override
    public K next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      K result;
      if (nextRight == null || nextLeft != null && nextLeft.compareTo(nextRight) < 0) {
        result = nextLeft;
        nextLeft = left.hasNext() ? left.next() : null;
      } else {
        result = nextRight;
        if (nextLeft != null && nextLeft.compareTo(nextRight) == 0) {
          nextLeft = left.hasNext() ? left.next() : null;
        }
        nextRight = right.hasNext() ? right.next() : null;
      }
      return result;
    }
  }
}
