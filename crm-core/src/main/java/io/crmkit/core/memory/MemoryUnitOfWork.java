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
import io.crmkit.spi.ActivityRepository;
import io.crmkit.spi.ContactRepository;
import io.crmkit.spi.CustomerFactsRepository;
import io.crmkit.spi.CustomerRepository;
import io.crmkit.spi.FittedModelRepository;
import io.crmkit.spi.JobCheckpointRepository;
import io.crmkit.spi.LifecycleRepository;
import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.OutboxRepository;
import io.crmkit.spi.OwnershipRepository;
import io.crmkit.spi.PoolRepository;
import io.crmkit.spi.ReminderRepository;
import io.crmkit.spi.SegmentMembershipRepository;
import io.crmkit.spi.SegmentRepository;
import io.crmkit.spi.TierHistoryRepository;
import io.crmkit.spi.TierLadderRepository;
import io.crmkit.spi.UnitOfWork;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One unit of work of the in-memory store: staged writes per table and the repositories over them.
 */
final class MemoryUnitOfWork implements UnitOfWork {
  private final InMemoryCrmStore store;
  final MemoryTable<CustomerId, CustomerSnapshot>.Staging customers;
  final MemoryTable<ContactId, ContactSnapshot>.Staging contacts;
  final MemoryTable<ActivityId, RecordedActivity>.Staging activities;
  final MemoryTable<CustomerId, CustomerFacts>.Staging facts;
  final MemoryTable<CustomerId, LifecycleSnapshot>.Staging lifecycle;
  final MemoryTable<LadderKey, TierLadder>.Staging tierLadders;
  final MemoryTable<CustomerId, TierHistorySnapshot>.Staging tierHistories;
  final MemoryTable<CustomerId, OwnershipSnapshot>.Staging ownerships;
  final MemoryTable<PoolId, PublicPool>.Staging pools;
  final MemoryTable<SegmentKey, Segment>.Staging segments;
  final MemoryTable<MembershipKey, MembershipSnapshot>.Staging memberships;
  final MemoryTable<ReminderId, ReminderSnapshot>.Staging reminders;
  final MemoryTable<JobId, JobCheckpoint>.Staging jobCheckpoints;
  final MemoryTable<JobRangeKey, CompletedRange>.Staging jobRanges;
  final MemoryTable<ModelKey, FittedModel>.Staging fittedModels;
  private final List<OutboxEntry> outbox = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  MemoryUnitOfWork(InMemoryCrmStore store) {
    this.store = store;
    this.customers = store.customers.staging();
    this.contacts = store.contacts.staging();
    this.activities = store.activities.staging();
    this.facts = store.facts.staging();
    this.lifecycle = store.lifecycle.staging();
    this.tierLadders = store.tierLadders.staging();
    this.tierHistories = store.tierHistories.staging();
    this.ownerships = store.ownerships.staging();
    this.pools = store.pools.staging();
    this.segments = store.segments.staging();
    this.memberships = store.memberships.staging();
    this.reminders = store.reminders.staging();
    this.jobCheckpoints = store.jobCheckpoints.staging();
    this.jobRanges = store.jobRanges.staging();
    this.fittedModels = store.fittedModels.staging();
  }

  @Override
  public CustomerRepository customers() {
    return new InMemoryCustomerRepository(this);
  }

  @Override
  public ContactRepository contacts() {
    return new InMemoryContactRepository(this);
  }

  @Override
  public ActivityRepository activities() {
    return new InMemoryActivityRepository(this);
  }

  @Override
  public CustomerFactsRepository facts() {
    return new InMemoryCustomerFactsRepository(this);
  }

  @Override
  public LifecycleRepository lifecycle() {
    return new InMemoryLifecycleRepository(this);
  }

  @Override
  public TierLadderRepository tierLadders() {
    return new InMemoryTierLadderRepository(this);
  }

  @Override
  public TierHistoryRepository tierHistories() {
    return new InMemoryTierHistoryRepository(this);
  }

  @Override
  public OwnershipRepository ownerships() {
    return new InMemoryOwnershipRepository(this);
  }

  @Override
  public PoolRepository pools() {
    return new InMemoryPoolRepository(this);
  }

  @Override
  public SegmentRepository segments() {
    return new InMemorySegmentRepository(this);
  }

  @Override
  public SegmentMembershipRepository memberships() {
    return new InMemorySegmentMembershipRepository(this);
  }

  @Override
  public ReminderRepository reminders() {
    return new InMemoryReminderRepository(this);
  }

  @Override
  public JobCheckpointRepository jobCheckpoints() {
    return new InMemoryJobCheckpointRepository(this);
  }

  @Override
  public FittedModelRepository fittedModels() {
    return new InMemoryFittedModelRepository(this);
  }

  @Override
  public OutboxRepository outbox() {
    return entries -> {
      checkOpen();
      outbox.addAll(List.copyOf(entries));
    };
  }

  /** Returns the outbox entries appended so far, in order. */
  List<OutboxEntry> outboxEntries() {
    return List.copyOf(outbox);
  }

  /** Runs a read under the store's read lock, refusing use after the work returned. */
  <T> T read(Supplier<T> reading) {
    checkOpen();
    return store.read(reading);
  }

  /** Stages a write, refusing use after the work returned. */
  <T> T write(Supplier<T> writing) {
    checkOpen();
    return store.read(writing);
  }

  void close() {
    closed = true;
  }

  boolean isEmpty() {
    return outbox.isEmpty() && stagings().stream().allMatch(MemoryTable.Staging::isEmpty);
  }

  /** Returns the staged writes of every table, in a fixed order. */
  List<MemoryTable<?, ?>.Staging> stagings() {
    return List.of(
        customers,
        contacts,
        activities,
        facts,
        lifecycle,
        tierLadders,
        tierHistories,
        ownerships,
        pools,
        segments,
        memberships,
        reminders,
        jobCheckpoints,
        jobRanges,
        fittedModels);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "this unit of work has ended; start a new one with inTransaction");
    }
  }
}
