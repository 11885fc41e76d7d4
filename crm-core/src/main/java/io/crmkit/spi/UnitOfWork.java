package io.crmkit.spi;

/**
 * The repositories of one unit of work (one transaction): whatever is saved through them commits
 * together when the work returns, or not at all. Reads through them see the unit of work's own
 * writes. A unit of work must not be used after its work returned.
 *
 * @since 0.1
 */
public interface UnitOfWork {

  /** Returns the customer repository bound to this unit of work. */
  CustomerRepository customers();

  /** Returns the contact repository bound to this unit of work. */
  ContactRepository contacts();

  /** Returns the activity repository bound to this unit of work. */
  ActivityRepository activities();

  /** Returns the customer-facts repository bound to this unit of work. */
  CustomerFactsRepository facts();

  /** Returns the lifecycle-history repository bound to this unit of work. */
  LifecycleRepository lifecycle();

  /** Returns the tier-ladder repository bound to this unit of work. */
  TierLadderRepository tierLadders();

  /** Returns the tier-history repository bound to this unit of work. */
  TierHistoryRepository tierHistories();

  /** Returns the ownership repository bound to this unit of work. */
  OwnershipRepository ownerships();

  /** Returns the public-pool repository bound to this unit of work. */
  PoolRepository pools();

  /** Returns the segment repository bound to this unit of work. */
  SegmentRepository segments();

  /** Returns the segment-membership repository bound to this unit of work. */
  SegmentMembershipRepository memberships();

  /** Returns the reminder repository bound to this unit of work. */
  ReminderRepository reminders();

  /**
   * Returns the batch-job checkpoint repository bound to this unit of work.
   *
   * @since 0.1
   */
  JobCheckpointRepository jobCheckpoints();

  /**
   * Returns the fitted-model repository bound to this unit of work.
   *
   * @since 0.1
   */
  FittedModelRepository fittedModels();

  /**
   * Returns the event outbox bound to this unit of work; only stores that declare {@link
   * StoreCapability#EVENT_OUTBOX} offer one, and crmkit calls this only on those.
   *
   * @return the outbox repository
   * @throws UnsupportedOperationException if the store does not declare {@link
   *     StoreCapability#EVENT_OUTBOX} (the default)
   * @since 0.1
   */
  default OutboxRepository outbox() {
    throw new UnsupportedOperationException(
        "this store does not declare StoreCapability.EVENT_OUTBOX and has no event outbox");
  }
}
