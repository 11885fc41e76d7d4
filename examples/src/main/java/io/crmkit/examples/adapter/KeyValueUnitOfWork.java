package io.crmkit.examples.adapter;

import io.crmkit.spi.ActivityRepository;
import io.crmkit.spi.ContactRepository;
import io.crmkit.spi.CustomerFactsRepository;
import io.crmkit.spi.CustomerRepository;
import io.crmkit.spi.FittedModelRepository;
import io.crmkit.spi.JobCheckpointRepository;
import io.crmkit.spi.LifecycleRepository;
import io.crmkit.spi.OwnershipRepository;
import io.crmkit.spi.PoolRepository;
import io.crmkit.spi.ReminderRepository;
import io.crmkit.spi.SegmentMembershipRepository;
import io.crmkit.spi.SegmentRepository;
import io.crmkit.spi.TierHistoryRepository;
import io.crmkit.spi.TierLadderRepository;
import io.crmkit.spi.UnitOfWork;

/**
 * One unit of work of the key-value store: the repositories over one {@link Transaction}. Like a
 * JDBC connection, it belongs to the thread that runs the work.
 */
final class KeyValueUnitOfWork implements UnitOfWork {
  private final Transaction transaction;

  KeyValueUnitOfWork(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public CustomerRepository customers() {
    return new KeyValueCustomerRepository(transaction);
  }

  @Override
  public ContactRepository contacts() {
    return new KeyValueContactRepository(transaction);
  }

  @Override
  public ActivityRepository activities() {
    return new KeyValueActivityRepository(transaction);
  }

  @Override
  public CustomerFactsRepository facts() {
    return new KeyValueCustomerFactsRepository(transaction);
  }

  @Override
  public LifecycleRepository lifecycle() {
    return new KeyValueLifecycleRepository(transaction);
  }

  @Override
  public TierLadderRepository tierLadders() {
    return new KeyValueTierLadderRepository(transaction);
  }

  @Override
  public TierHistoryRepository tierHistories() {
    return new KeyValueTierHistoryRepository(transaction);
  }

  @Override
  public OwnershipRepository ownerships() {
    return new KeyValueOwnershipRepository(transaction);
  }

  @Override
  public PoolRepository pools() {
    return new KeyValuePoolRepository(transaction);
  }

  @Override
  public SegmentRepository segments() {
    return new KeyValueSegmentRepository(transaction);
  }

  @Override
  public SegmentMembershipRepository memberships() {
    return new KeyValueSegmentMembershipRepository(transaction);
  }

  @Override
  public ReminderRepository reminders() {
    return new KeyValueReminderRepository(transaction);
  }

  @Override
  public JobCheckpointRepository jobCheckpoints() {
    return new KeyValueJobCheckpointRepository(transaction);
  }

  @Override
  public FittedModelRepository fittedModels() {
    return new KeyValueFittedModelRepository(transaction);
  }
}
