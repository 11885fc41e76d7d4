package io.crmkit.examples.adapter;

import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One kind of stored record (customers, contacts, …): how its rows are keyed, encoded and
 * versioned, and the find, save, delete, page and count every repository is built from. A table
 * holds no data itself; every method works in the transaction it is given.
 *
 * @param <K> the key type (an id, a code, a membership key)
 * @param <V> the stored record (a snapshot or a value record)
 */
final class Table<K, V extends Record> {
  private final String name;
  private final Class<V> type;
  private final KeyFormat<K> keys;
  private final Function<V, TenantId> tenantOf;
  private final Function<V, K> keyOf;
  private final ToLongFunction<V> versionOf;
  private final BiFunction<V, Long, V> withVersion;

  /**
   * Describes a table.
   *
   * @param name the table's part of every key, and its name in messages
   * @param type the stored record class
   * @param keys the format of the key
   * @param tenantOf the tenant of a record
   * @param keyOf the key of a record
   * @param versionOf the version of a record; 0 for an insert
   * @param withVersion the record at another version
   */
  Table(
      String name,
      Class<V> type,
      KeyFormat<K> keys,
      Function<V, TenantId> tenantOf,
      Function<V, K> keyOf,
      ToLongFunction<V> versionOf,
      BiFunction<V, Long, V> withVersion) {
    this.name = name;
    this.type = type;
    this.keys = keys;
    this.tenantOf = tenantOf;
    this.keyOf = keyOf;
    this.versionOf = versionOf;
    this.withVersion = withVersion;
  }

  /** A table of append-only records: each is stored once, at version 1, and never replaced. */
  static <K, V extends Record> Table<K, V> appendOnly(
      String name,
      Class<V> type,
      KeyFormat<K> keys,
      Function<V, TenantId> tenantOf,
      Function<V, K> keyOf) {
    return new Table<>(name, type, keys, tenantOf, keyOf, value -> 0, (value, version) -> value);
  }

  /** Returns the store key of a row. */
  String key(TenantId tenant, K key) {
    return Keys.key(tenant, name, keys.part().apply(key));
  }

  /** Returns the row of a key, as the transaction sees it. */
  Optional<V> find(Transaction tx, TenantId tenant, K key) {
    String storeKey = key(tenant, key);
    Stored stored = tx.get(storeKey);
    return stored == null ? Optional.empty() : Optional.of(decode(storeKey, stored));
  }

  /**
   * Stores a record at its version + 1 and returns it so; the record's version must be the stored
   * one (0: absent).
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  V save(Transaction tx, V value) {
    long version = versionOf.applyAsLong(value);
    V next = withVersion.apply(value, version + 1);
    tx.put(key(tenantOf.apply(value), keyOf.apply(value)), RecordText.encode(next), version);
    return next;
  }

  /** Removes a row; returns whether it was there. */
  boolean delete(Transaction tx, TenantId tenant, K key) {
    return tx.delete(key(tenant, key));
  }

  /**
   * Returns at most {@code request.size()} rows that the filter accepts, in key order, after the
   * request's cursor; the page has a cursor exactly when another accepted row follows.
   *
   * @throws io.crmkit.core.shared.ValidationException if the cursor was not made by this table
   */
  Page<V> page(Transaction tx, TenantId tenant, Predicate<V> filter, PageRequest request) {
    Cursor cursor = request.after();
    String after = cursor == null ? null : key(tenant, keys.after(cursor));
    List<V> items = new ArrayList<>(request.size());
    boolean[] more = {false};
    tx.scan(
        Keys.prefix(tenant, name),
        after,
        (key, stored) -> {
          V value = decode(key, stored);
          if (!filter.test(value)) {
            return true;
          }
          if (items.size() == request.size()) {
            more[0] = true;
            return false;
          }
          items.add(value);
          return true;
        });
    Cursor next = more[0] ? Cursor.of(keyOf.apply(items.get(items.size() - 1)).toString()) : null;
    return new Page<>(items, next);
  }

  /** Returns every row of the tenant that the filter accepts, in key order. */
  List<V> all(Transaction tx, TenantId tenant, Predicate<V> filter) {
    return within(tx, Keys.prefix(tenant, name), filter);
  }

  /**
   * Returns the rows whose key part starts with {@code first} and the separator (the ranges of one
   * job), in key order.
   */
  List<V> allUnder(Transaction tx, TenantId tenant, String first, Predicate<V> filter) {
    return within(tx, Keys.prefix(tenant, name) + first + Keys.SEP, filter);
  }

  /** Counts the rows of the tenant that the filter accepts. */
  long count(Transaction tx, TenantId tenant, Predicate<V> filter) {
    long[] count = {0};
    tx.scan(
        Keys.prefix(tenant, name),
        null,
        (key, stored) -> {
          if (filter.test(decode(key, stored))) {
            count[0]++;
          }
          return true;
        });
    return count[0];
  }

  /** Removes the rows of the tenant that the filter accepts; returns how many. */
  long deleteAll(Transaction tx, TenantId tenant, Predicate<V> filter) {
    long removed = 0;
    for (V value : all(tx, tenant, filter)) {
      removed += tx.delete(key(tenant, keyOf.apply(value))) ? 1 : 0;
    }
    return removed;
  }

  /** Reads a stored row. */
  V decode(String key, Stored stored) {
    try {
      return RecordText.decode(stored.text(), type);
    } catch (IllegalArgumentException e) {
      throw new StorageException(
          "the stored " + name + " " + Keys.describe(key) + " cannot be read: " + e.getMessage(),
          e);
    }
  }

  private List<V> within(Transaction tx, String prefix, Predicate<V> filter) {
    List<V> values = new ArrayList<>();
    tx.scan(
        prefix,
        null,
        (key, stored) -> {
          V value = decode(key, stored);
          if (filter.test(value)) {
            values.add(value);
          }
          return true;
        });
    return values;
  }

  @Override
  public String toString() {
    return "Table[" + name + "]";
  }
}
