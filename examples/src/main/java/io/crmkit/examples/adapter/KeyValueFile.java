package io.crmkit.examples.adapter;

import io.crmkit.core.shared.ConcurrentUpdateException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The sorted key-value map of committed data, kept in memory and persisted by its {@link LogFile}.
 *
 * <p>Locking: one writer commits at a time (the writer lock); it checks the versions the
 * transaction started from, appends the transaction to the log and forces it to the disk, and only
 * then applies it to the map under the write half of a read-write lock. Readers hold the read half
 * for one read or one scan, so that no read ever sees half a commit, and a slow disk never blocks
 * them (the disk write happens before the write half is taken).
 */
final class KeyValueFile implements Closeable {
  private final NavigableMap<String, Stored> data;
  private final LogFile log;
  private final ReentrantLock writer = new ReentrantLock();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  private KeyValueFile(NavigableMap<String, Stored> data, LogFile log) {
    this.data = data;
    this.log = log;
  }

  /**
   * Opens a file, replaying its committed transactions.
   *
   * @throws IOException if it cannot be opened (see {@link LogFile#open})
   */
  static KeyValueFile open(Path path) throws IOException {
    NavigableMap<String, Stored> data = new TreeMap<>();
    LogFile log = LogFile.open(path, data);
    return new KeyValueFile(data, log);
  }

  /** Runs a read under the read lock. */
  <T> T read(Supplier<T> reading) {
    lock.readLock().lock();
    try {
      return reading.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Returns the committed value of a key; the caller holds the read lock. */
  @Nullable Stored committed(String key) {
    return data.get(key);
  }

  /**
   * Returns the committed keys in {@code [from, to)}, or {@code (from, to)}; under the read lock.
   */
  NavigableMap<String, Stored> range(String from, boolean inclusive, String to) {
    return data.subMap(from, inclusive, to, false);
  }

  /**
   * Commits a transaction: checks that every key it wrote is still at the version it started from,
   * appends its writes to the log, forces them to the disk and makes them visible together.
   *
   * @throws ConcurrentUpdateException if another transaction changed one of its keys meanwhile;
   *     nothing is written then
   * @throws IOException if the log cannot be written; nothing is visible then
   */
  void commit(Transaction transaction) throws IOException {
    NavigableMap<String, Optional<Stored>> writes = transaction.writes();
    if (writes.isEmpty()) {
      return;
    }
    writer.lock();
    try {
      for (Map.Entry<String, Long> base : transaction.baseVersions().entrySet()) {
        Stored now = data.get(base.getKey());
        long actual = now == null ? 0 : now.version();
        if (actual != base.getValue()) {
          throw new ConcurrentUpdateException(
              Keys.describe(base.getKey()), base.getValue(), now == null ? -1 : actual);
        }
      }
      log.append(writes);
      lock.writeLock().lock();
      try {
        writes.forEach(
            (key, value) -> value.ifPresentOrElse(v -> data.put(key, v), () -> data.remove(key)));
      } finally {
        lock.writeLock().unlock();
      }
    } finally {
      writer.unlock();
    }
  }

  @Override
  public void close() throws IOException {
    writer.lock();
    try {
      log.close();
    } finally {
      writer.unlock();
    }
  }
}
