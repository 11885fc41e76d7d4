package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.JobCheckpointRepository}: checkpoints (every component,
 * running and finished) read back equal and follow the version rules; completed ranges read back
 * equal in ascending {@code first} order (ids compared as unsigned bytes), are refused twice for
 * the same first customer, never conflict with each other when added at once by two units of work,
 * vanish with a failed unit of work, and are removed through a customer or with their job; nothing
 * is visible across tenants or job ids; deletes are idempotent.
 *
 * @since 0.1
 */
public abstract class JobCheckpointRepositoryContract {
  private static final CustomerId LOW = customer(0x0000_0000_0000_0001L);
  private static final CustomerId MIDDLE = customer(0x7000_0000_0000_0000L);
  private static final CustomerId HIGH = customer(0x9000_0000_0000_0000L); // negative as a long
  private static final CustomerId TOP = customer(0xF000_0000_0000_0000L);

  private StoreUnderTest store;
  private TenantId tenant;
  private final JobId job = JobId.of("重新分级-" + Fixtures.FOUR_BYTE_HAN);
  private final JobId otherJob = JobId.of("segments");

  /** Creates the contract. */
  protected JobCheckpointRepositoryContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
  }

  private static CustomerId customer(long mostSignificant) {
    return CustomerId.of(new UUID(mostSignificant, 42));
  }

  private JobCheckpoint save(JobCheckpoint checkpoint) {
    return store.inTransaction(u -> u.jobCheckpoints().save(checkpoint));
  }

  private Optional<JobCheckpoint> find(TenantId in, JobId id) {
    return store.inTransaction(u -> u.jobCheckpoints().find(in, id));
  }

  private void add(CompletedRange range) {
    store.write(u -> u.jobCheckpoints().addRange(range));
  }

  private List<CompletedRange> ranges(TenantId in, JobId id) {
    return store.inTransaction(u -> u.jobCheckpoints().ranges(in, id));
  }

  private CompletedRange range(JobId id, CustomerId first, CustomerId last, long processed) {
    return new CompletedRange(tenant, id, first, last, processed, processed / 2, 1);
  }

  @Test
  void find_unknownJob_returnsEmpty() {
    assertThat(find(tenant, job)).isEmpty();
    assertThat(ranges(tenant, job)).isEmpty();
  }

  @Test
  void save_newThenAdvancedThenFinished_readsBackEqualAtEachVersion() {
    JobCheckpoint started = JobCheckpoint.started(tenant, job, "tiers");

    JobCheckpoint first = save(started);
    JobCheckpoint advanced =
        save(first.advancedTo(HIGH, Cursor.of(HIGH.toString()), 1_000_000_007L, 3, 2));
    JobCheckpoint finished = save(advanced.finished());

    assertThat(first).isEqualTo(started.withVersion(1));
    assertThat(advanced.version()).isEqualTo(2);
    assertThat(finished)
        .isEqualTo(
            new JobCheckpoint(
                tenant,
                job,
                "tiers",
                HIGH,
                Cursor.of(HIGH.toString()),
                JobStatus.FINISHED,
                1_000_000_007L,
                3,
                2,
                3));
    assertThat(find(tenant, job)).contains(finished);
  }

  @Test
  void save_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredCheckpoint() {
    JobCheckpoint stored = save(JobCheckpoint.started(tenant, job, "tiers"));
    JobCheckpoint changed = save(stored.advancedTo(LOW, null, 1, 0, 0));

    assertThatThrownBy(() -> save(stored)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> save(JobCheckpoint.started(tenant, job, "tiers")))
        .isInstanceOf(ConcurrentUpdateException.class);
    JobCheckpoint ghost = JobCheckpoint.started(tenant, otherJob, "segments").withVersion(4);
    assertThatThrownBy(() -> save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(tenant, job)).contains(changed);
    assertThat(find(tenant, otherJob)).isEmpty();
  }

  @Test
  void ranges_addedOutOfOrder_readBackEqualInAscendingUnsignedFirstOrder() {
    CompletedRange top = range(job, TOP, TOP, 1);
    CompletedRange high = range(job, HIGH, HIGH, 1);
    CompletedRange low = range(job, LOW, MIDDLE, 2);
    add(top);
    add(high);
    add(low);

    assertThat(ranges(tenant, job)).containsExactly(low, high, top);
  }

  @Test
  void addRange_sameFirstTwice_throwsConcurrentUpdateAndKeepsTheFirst() {
    CompletedRange first = range(job, LOW, MIDDLE, 4);
    add(first);

    assertThatThrownBy(() -> add(range(job, LOW, HIGH, 6)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(ranges(tenant, job)).containsExactly(first);
  }

  @Test
  void addRange_inAFailedUnitOfWork_isNotStored() {
    assertThatThrownBy(
            () ->
                store.write(
                    u -> {
                      u.jobCheckpoints().addRange(range(job, LOW, MIDDLE, 2));
                      assertThat(u.jobCheckpoints().ranges(tenant, job)).hasSize(1);
                      throw new IllegalStateException("page failed");
                    }))
        .hasMessage("page failed");

    assertThat(ranges(tenant, job)).isEmpty();
  }

  @Test
  void ranges_otherJobOrTenant_areNotVisible() {
    TenantId otherTenant = Fixtures.newTenant();
    add(range(job, LOW, LOW, 1));
    add(range(otherJob, MIDDLE, MIDDLE, 1));
    add(new CompletedRange(otherTenant, job, HIGH, HIGH, 1, 0, 0));
    save(JobCheckpoint.started(otherTenant, job, "tiers"));

    assertThat(ranges(tenant, job)).extracting(CompletedRange::first).containsExactly(LOW);
    assertThat(ranges(tenant, otherJob)).extracting(CompletedRange::first).containsExactly(MIDDLE);
    assertThat(ranges(otherTenant, job)).extracting(CompletedRange::first).containsExactly(HIGH);
    assertThat(find(tenant, job)).isEmpty();
  }

  @Test
  void deleteRangesThrough_removesOnlyRangesEndingAtOrBeforeTheCustomer() {
    CompletedRange low = range(job, LOW, LOW, 1);
    CompletedRange middle = range(job, MIDDLE, HIGH, 2);
    CompletedRange top = range(job, TOP, TOP, 1);
    add(low);
    add(middle);
    add(top);
    add(range(otherJob, LOW, LOW, 1));

    int removed =
        store.inTransaction(u -> u.jobCheckpoints().deleteRangesThrough(tenant, job, HIGH));
    int again = store.inTransaction(u -> u.jobCheckpoints().deleteRangesThrough(tenant, job, HIGH));

    assertThat(removed).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(ranges(tenant, job)).containsExactly(top);
    assertThat(ranges(tenant, otherJob)).hasSize(1);
  }

  @Test
  void delete_checkpointWithRanges_removesBothOnceAndLeavesOtherJobs() {
    save(JobCheckpoint.started(tenant, job, "tiers"));
    add(range(job, LOW, MIDDLE, 2));
    save(JobCheckpoint.started(tenant, otherJob, "segments"));
    add(range(otherJob, LOW, MIDDLE, 2));

    boolean first = store.inTransaction(u -> u.jobCheckpoints().delete(tenant, job));
    boolean second = store.inTransaction(u -> u.jobCheckpoints().delete(tenant, job));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(find(tenant, job)).isEmpty();
    assertThat(ranges(tenant, job)).isEmpty();
    assertThat(find(tenant, otherJob)).isPresent();
    assertThat(ranges(tenant, otherJob)).hasSize(1);
  }

  @Test
  void addRange_twoUnitsOfWorkAtOnceWithDifferentFirsts_bothCommit() {
    store.assume(StoreCapability.THREAD_SAFE);
    save(JobCheckpoint.started(tenant, job, "tiers"));
    CountDownLatch bothAdded = new CountDownLatch(2);
    List<Future<Object>> pages = new ArrayList<>();

    try (Background background = new Background()) {
      for (CompletedRange range : List.of(range(job, LOW, LOW, 1), range(job, HIGH, TOP, 2))) {
        pages.add(
            background.start(
                () ->
                    store.inTransaction(
                        u -> {
                          u.jobCheckpoints().addRange(range);
                          bothAdded.countDown();
                          Background.await(bothAdded, Background.PATIENCE);
                          return range;
                        })));
      }
      pages.forEach(Background::join);
    }

    assertThat(ranges(tenant, job)).extracting(CompletedRange::first).containsExactly(LOW, HIGH);
  }
}
