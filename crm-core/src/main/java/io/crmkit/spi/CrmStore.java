package io.crmkit.spi;

import java.util.Set;

/**
 * A place crmkit keeps its data: the in-memory store, the JPA store, or an adapter a host writes
 * for its own storage. crmkit reaches every repository through {@link #inTransaction}.
 *
 * @since 0.1
 */
public interface CrmStore {

  /**
   * Runs work in one unit of work and commits it when the work returns normally.
   *
   * <p>Contract (checked by crm-tck): when {@code work} throws, nothing it saved or deleted is
   * stored and the exception reaches the caller unchanged; when it returns, all its writes are
   * visible together to every later unit of work (with {@link
   * StoreCapability#ATOMIC_UNITS_OF_WORK}, no other unit of work ever sees a part of them). A write
   * based on a stale version throws {@link io.crmkit.core.shared.ConcurrentUpdateException}, from
   * the save or from the commit, and nothing of the unit of work is stored. A call made inside the
   * work of another call on the same thread joins the outer unit of work.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if a save was based on a stale version
   * @throws io.crmkit.core.shared.StorageException if the storage failed
   */
  <T> T inTransaction(TransactionWork<T> work);

  /** Returns the optional features this store has. */
  Set<StoreCapability> capabilities();
}
