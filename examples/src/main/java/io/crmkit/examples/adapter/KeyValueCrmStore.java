package io.crmkit.examples.adapter;

import io.crmkit.core.shared.StorageException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TransactionWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A crmkit store on one key-value file: the storage adapter a team with its own storage would
 * write, here on a sorted key-value map kept in memory and persisted to an append-only log file.
 *
 * <p>Each unit of work buffers its writes in a private copy-on-write map over the committed data
 * and commits them in one append to the file, forced to the disk, under a single writer lock; a
 * save based on a stale version fails the whole unit of work with a {@link
 * io.crmkit.core.shared.ConcurrentUpdateException}. Opening the file replays every committed unit
 * of work and ignores a torn last one. The store passes the whole crm-tck; see the README next to
 * this class for how it was written, step by step.
 *
 * <pre>{@code
 * try (KeyValueCrmStore store = KeyValueCrmStore.open(Path.of("crm.kv"))) {
 *   CrmKit crm = CrmKit.builder().store(store).tenants(TenantDirectory.of(tenant)).build();
 *   …
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class KeyValueCrmStore implements CrmStore, AutoCloseable {
  private final Path path;
  private final KeyValueFile file;
  private final ThreadLocal<@Nullable KeyValueUnitOfWork> current = new ThreadLocal<>();

  private KeyValueCrmStore(Path path, KeyValueFile file) {
    this.path = path;
    this.file = file;
  }

  /**
   * Opens the store kept in a file, creating the file if it does not exist. Only one store may have
   * a file open at a time.
   *
   * @param path the file
   * @return the store, with every unit of work the file committed
   * @throws StorageException if the file cannot be opened, is open in another store, is not a store
   *     file or is damaged before its last unit of work
   */
  public static KeyValueCrmStore open(Path path) {
    try {
      return new KeyValueCrmStore(path, KeyValueFile.open(path));
    } catch (IOException | RuntimeException e) {
      throw new StorageException("cannot open the key-value store " + path, e);
    }
  }

  /**
   * Runs work in one unit of work and commits it when the work returns; a call made inside the work
   * of another call on the same thread joins the outer unit of work.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if a save was based on a stale version
   * @throws StorageException if the file could not be written; nothing is stored then
   */
  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    KeyValueUnitOfWork outer = current.get();
    if (outer != null) {
      return work.execute(outer);
    }
    Transaction transaction = new Transaction(file);
    KeyValueUnitOfWork unitOfWork = new KeyValueUnitOfWork(transaction);
    current.set(unitOfWork);
    T result;
    try {
      result = work.execute(unitOfWork);
    } finally {
      current.remove();
      transaction.end();
    }
    try {
      file.commit(transaction);
    } catch (IOException e) {
      throw new StorageException("cannot write the key-value store " + path, e);
    }
    return result;
  }

  /** Returns atomic units of work, thread safety and durability: this store has all three. */
  @Override
  public Set<StoreCapability> capabilities() {
    return EnumSet.of(
        StoreCapability.ATOMIC_UNITS_OF_WORK, StoreCapability.THREAD_SAFE, StoreCapability.DURABLE);
  }

  /**
   * Closes the file; the store must not be used afterwards.
   *
   * @throws StorageException if the file cannot be closed
   */
  @Override
  public void close() {
    try {
      file.close();
    } catch (IOException e) {
      throw new StorageException("cannot close the key-value store " + path, e);
    }
  }

  @Override
  public String toString() {
    return "KeyValueCrmStore[" + path + "]";
  }
}
