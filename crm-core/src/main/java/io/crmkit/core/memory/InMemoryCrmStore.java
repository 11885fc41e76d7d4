package io.crmkit.core.memory;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TransactionWork;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The embedded default store: keeps everything in memory, per tenant in id order, with secondary
 * indexes by customer. Thread-safe; a unit of work stages its writes and commits them atomically
 * under a short write lock, after checking every version it was based on, so that readers never see
 * half a unit of work and a failed one leaves nothing behind.
 *
 * <p>It has an event outbox ({@link StoreCapability#EVENT_OUTBOX}): the events of a unit of work
 * join its commit, and {@link #outboxPoller()} delivers them.
 *
 * <p>Values are kept as immutable snapshots shared between readers; a million customers with their
 * facts fit in a few gigabytes of heap.
 *
 * @since 0.1
 */
public final class InMemoryCrmStore implements CrmStore {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<@Nullable MemoryUnitOfWork> current = new ThreadLocal<>();

  final MemoryTable<CustomerId, CustomerSnapshot> customers =
      new MemoryTable<>(
          "customer", CustomerSnapshot::version, CustomerSnapshot::parent, CustomerId::parse);
  final MemoryTable<ContactId, ContactSnapshot> contacts =
      new MemoryTable<>(
          "contact", ContactSnapshot::version, ContactSnapshot::customer, ContactId::parse);
  final MemoryTable<ActivityId, RecordedActivity> activities =
      new MemoryTable<>("activity", a -> 1L, RecordedActivity::customer, ActivityId::parse);
  final MemoryTable<CustomerId, CustomerFacts> facts =
      new MemoryTable<>("facts of customer", CustomerFacts::version, f -> null, CustomerId::parse);

  final MemoryTable<CustomerId, LifecycleSnapshot> lifecycle =
      new MemoryTable<>(
          "lifecycle of customer", LifecycleSnapshot::version, h -> null, CustomerId::parse);

  final MemoryTable<LadderKey, TierLadder> tierLadders =
      new MemoryTable<>("tier ladder", TierLadder::version, l -> null, LadderKey::of);
  final MemoryTable<CustomerId, TierHistorySnapshot> tierHistories =
      new MemoryTable<>(
          "tier history of customer", TierHistorySnapshot::version, h -> null, CustomerId::parse);

  final MemoryTable<CustomerId, OwnershipSnapshot> ownerships =
      new MemoryTable<>(
          "ownership of customer",
          OwnershipSnapshot::version,
          OwnershipSnapshot::owner,
          CustomerId::parse);
  final MemoryTable<PoolId, PublicPool> pools =
      new MemoryTable<>("public pool", PublicPool::version, p -> null, PoolId::of);

  final MemoryTable<SegmentKey, Segment> segments =
      new MemoryTable<>("segment", Segment::version, s -> null, SegmentKey::of);
  final MemoryTable<MembershipKey, MembershipSnapshot> memberships =
      new MemoryTable<>(
          "segment membership",
          MembershipSnapshot::version,
          m -> m.key().segment(),
          MembershipKey::parse);

  final MemoryTable<ReminderId, ReminderSnapshot> reminders =
      new MemoryTable<>(
          "reminder",
          ReminderSnapshot::version,
          ReminderId::parse,
          List.of(ReminderSnapshot::owner, ReminderSnapshot::customer));

  final MemoryTable<JobId, JobCheckpoint> jobCheckpoints =
      new MemoryTable<>("job checkpoint", JobCheckpoint::version, c -> null, JobId::of);
  final MemoryTable<JobRangeKey, CompletedRange> jobRanges =
      new MemoryTable<>("completed range of job", r -> 1L, CompletedRange::job, JobRangeKey::parse);

  final MemoryTable<ModelKey, FittedModel> fittedModels =
      new MemoryTable<>("fitted model", FittedModel::version, m -> null, ModelKey::of);

  private final InMemoryOutbox outbox = new InMemoryOutbox();

  private InMemoryCrmStore() {}

  /** Returns a new, empty store. */
  public static InMemoryCrmStore create() {
    return new InMemoryCrmStore();
  }

  /**
   * Returns the poller of this store's event outbox, which holds the events of every committed unit
   * of work of a {@code CrmKit} on this store until they are delivered (in memory: they are lost
   * with the process).
   *
   * @return the poller, one per store
   * @since 0.1
   */
  public OutboxPoller outboxPoller() {
    return outbox;
  }

  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    MemoryUnitOfWork outer = current.get();
    if (outer != null) {
      return work.execute(outer);
    }
    MemoryUnitOfWork unitOfWork = new MemoryUnitOfWork(this);
    current.set(unitOfWork);
    T result;
    try {
      result = work.execute(unitOfWork);
    } finally {
      current.remove();
      unitOfWork.close();
    }
    commit(unitOfWork);
    return result;
  }

  @Override
  public Set<StoreCapability> capabilities() {
    return EnumSet.of(
        StoreCapability.ATOMIC_UNITS_OF_WORK,
        StoreCapability.THREAD_SAFE,
        StoreCapability.EVENT_OUTBOX);
  }

  /** Runs a read under the read lock, so that it never sees half a commit. */
  <T> T read(Supplier<T> reading) {
    lock.readLock().lock();
    try {
      return reading.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void commit(MemoryUnitOfWork unitOfWork) {
    if (unitOfWork.isEmpty()) {
      return;
    }
    lock.writeLock().lock();
    try {
      // check every version first, so that a stale write leaves every table untouched
      unitOfWork.stagings().forEach(MemoryTable.Staging::validate);
      unitOfWork.stagings().forEach(MemoryTable.Staging::commit);
      outbox.append(unitOfWork.outboxEntries());
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryCrmStore";
  }
}
