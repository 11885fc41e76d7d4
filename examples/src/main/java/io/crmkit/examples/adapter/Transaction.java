package io.crmkit.examples.adapter;

import io.crmkit.core.shared.ConcurrentUpdateException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The write buffer of one unit of work, laid over the committed data: writes go to a private sorted
 * map (a removal is an empty {@code Optional}), reads see them first and the committed data below,
 * and nothing reaches the file before {@link KeyValueFile#commit}. For each key it writes, the
 * transaction remembers the committed version it started from; the commit refuses the whole
 * transaction if any of them changed meanwhile.
 */
final class Transaction {
  private final KeyValueFile file;
  private final NavigableMap<String, Optional<Stored>> writes = new TreeMap<>();
  private final Map<String, Long> baseVersions = new HashMap<>();
  private boolean ended;

  Transaction(KeyValueFile file) {
    this.file = file;
  }

  /** Returns the value of a key as this transaction sees it; null when absent. */
  @Nullable Stored get(String key) {
    checkOpen();
    Optional<Stored> written = writes.get(key);
    if (written != null) {
      return written.orElse(null);
    }
    return file.read(() -> file.committed(key));
  }

  /**
   * Stores a value at {@code expectedVersion + 1}.
   *
   * @param expectedVersion the version the value replaces; 0 to insert a value that is absent
   * @throws ConcurrentUpdateException if the key is at another version (or absent, or present for
   *     an insert)
   */
  void put(String key, String text, long expectedVersion) {
    Start start = start(key);
    Stored current = start.current();
    long actual = current == null ? 0 : current.version();
    if (actual != expectedVersion) {
      throw new ConcurrentUpdateException(
          Keys.describe(key), expectedVersion, current == null ? -1 : actual);
    }
    stage(key, start.committed(), Optional.of(new Stored(expectedVersion + 1, text)));
  }

  /** Removes a key; returns whether it was present. */
  boolean delete(String key) {
    Start start = start(key);
    Stored current = start.current();
    if (current == null) {
      return false;
    }
    stage(key, start.committed(), Optional.empty());
    return true;
  }

  /**
   * Visits the keys of a range in key order, committed and written merged, until the visitor
   * returns false. The range is every key that starts with {@code prefix}, after {@code after} when
   * it is not null. The committed data is read under the file's read lock, so that the visit never
   * sees half of another transaction's commit.
   */
  void scan(String prefix, @Nullable String after, BiPredicate<String, Stored> visitor) {
    checkOpen();
    String from = after == null ? prefix : after;
    boolean inclusive = after == null;
    String to = Keys.endOf(prefix);
    NavigableMap<String, Optional<Stored>> mine = writes.subMap(from, inclusive, to, false);
    file.read(
        () -> {
          Iterator<Map.Entry<String, Stored>> committed =
              file.range(from, inclusive, to).entrySet().iterator();
          Iterator<Map.Entry<String, Optional<Stored>>> written = mine.entrySet().iterator();
          Map.Entry<String, Stored> nextCommitted = next(committed);
          Map.Entry<String, Optional<Stored>> nextWritten = next(written);
          while (nextCommitted != null || nextWritten != null) {
            int order =
                nextCommitted == null
                    ? 1
                    : nextWritten == null
                        ? -1
                        : nextCommitted.getKey().compareTo(nextWritten.getKey());
            boolean goOn = true;
            if (order < 0) {
              goOn = visitor.test(nextCommitted.getKey(), nextCommitted.getValue());
              nextCommitted = next(committed);
            } else {
              // this transaction's write hides the committed value of the same key
              if (nextWritten.getValue().isPresent()) {
                goOn = visitor.test(nextWritten.getKey(), nextWritten.getValue().get());
              }
              if (order == 0) {
                nextCommitted = next(committed);
              }
              nextWritten = next(written);
            }
            if (!goOn) {
              return null;
            }
          }
          return null;
        });
  }

  /** Returns the writes, in key order; an empty value is a removal. */
  NavigableMap<String, Optional<Stored>> writes() {
    return Collections.unmodifiableNavigableMap(writes);
  }

  /** Returns the committed version each written key had when first written (0 when absent). */
  Map<String, Long> baseVersions() {
    return Collections.unmodifiableMap(baseVersions);
  }

  /** Ends the transaction: its repositories refuse any further use. */
  void end() {
    ended = true;
  }

  /** What a write of a key starts from: the committed value and the value this transaction sees. */
  private record Start(@Nullable Stored committed, @Nullable Stored current) {}

  private Start start(String key) {
    checkOpen();
    Optional<Stored> written = writes.get(key);
    if (written != null) {
      return new Start(null, written.orElse(null));
    }
    Stored committed = file.read(() -> file.committed(key));
    return new Start(committed, committed);
  }

  /**
   * Buffers a write. On the first write of a key, remembers the committed version it was checked
   * against (the very value read for the check, so that a commit in between is caught).
   */
  private void stage(String key, @Nullable Stored committed, Optional<Stored> value) {
    if (!writes.containsKey(key)) {
      baseVersions.put(key, committed == null ? 0L : committed.version());
    }
    writes.put(key, value);
  }

  private void checkOpen() {
    if (ended) {
      throw new IllegalStateException(
          "this unit of work has ended; start a new one with inTransaction");
    }
  }

  private static <E> @Nullable E next(Iterator<E> entries) {
    return entries.hasNext() ? entries.next() : null;
  }
}
