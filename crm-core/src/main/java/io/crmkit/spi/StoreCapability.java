package io.crmkit.spi;

/**
 * Optional features a store declares through {@link CrmStore#capabilities()}; crmkit and the TCK
 * only rely on a feature the store declares.
 *
 * @since 0.1
 */
public enum StoreCapability {
  /**
   * Every write of a unit of work becomes visible together when it commits, and none does when it
   * fails.
   */
  ATOMIC_UNITS_OF_WORK,
  /** Units of work may run on many threads at once. */
  THREAD_SAFE,
  /** Data outlives the process. */
  DURABLE,
  /** A unit of work can join a transaction the host already started. */
  JOINS_HOST_TRANSACTION,
  /**
   * Every unit of work offers {@link UnitOfWork#outbox()}: crmkit appends the events of a unit of
   * work to it, so that they are stored (or lost) together with the change, and the store offers an
   * {@link OutboxPoller} that delivers them.
   *
   * @since 0.1
   */
  EVENT_OUTBOX
}
