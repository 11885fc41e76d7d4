package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Batch jobs on the store under test: a job stopped in the middle, sequentially or (on a {@link
 * StoreCapability#THREAD_SAFE} store) with pages in parallel, resumes with every customer's step
 * committed exactly once, its page changes and checkpoint committing together; a dry run stores,
 * publishes and checkpoints nothing, which needs a store that rolls back a unit of work whose work
 * throws.
 *
 * @since 0.1
 */
public abstract class BatchJobContract {
  private static final Money AMOUNT = Money.of("1280.00", "CNY");
  private static final LocalDate ORDERED =
      LocalDate.ofInstant(StoreUnderTest.START, ZoneOffset.UTC).minusDays(1);

  private final Fixtures fixtures = Fixtures.create();
  private final List<CrmEvent> events = new CopyOnWriteArrayList<>();
  private final JobId job = JobId.of("orders-once");
  private StoreUnderTest store;
  private TenantId tenant;
  private CrmKit crm;
  private ExecutorService pool;

  /** Creates the contract. */
  protected BatchJobContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openKit() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
    pool = Executors.newFixedThreadPool(3);
    crm =
        CrmKit.builder()
            .store(store.store())
            .clock(MutableClock.at(StoreUnderTest.START))
            .tenants(TenantDirectory.of(tenant))
            .listener(events::add)
            .build();
  }

  @AfterEach
  void closePool() {
    pool.shutdownNow();
  }

  private List<CustomerId> register(int count) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(crm.customers().register(fixtures.newOrganization(tenant)));
    }
    ids.sort(null);
    return ids;
  }

  /** One order per customer; stops the job (not a CrmException) at the victim. */
  private BatchJob ordering(@Nullable CustomerId victim) {
    return BatchJob.of(
        "orders",
        (t, customer) -> {
          crm.activities().recordOrder(t, customer, AMOUNT, ORDERED);
          if (customer.equals(victim)) { // never when victim is null
            throw new IllegalStateException("stopped at " + customer);
          }
          return true;
        });
  }

  private void assertEveryCustomerOrderedOnce(List<CustomerId> ids) {
    for (CustomerId id : ids) {
      assertThat(crm.activities().count(ActivityQuery.of(tenant, id)))
          .as("orders of %s", id)
          .isEqualTo(1);
    }
    JobCheckpoint checkpoint = crm.batch().checkpoint(tenant, job).orElseThrow();
    assertThat(checkpoint.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(checkpoint.processed()).isEqualTo(ids.size());
  }

  @Test
  void run_stoppedThenResumed_commitsEveryCustomersStepOnce() {
    List<CustomerId> ids = register(11);
    JobOptions options = JobOptions.defaults().withPageSize(3);

    assertThatThrownBy(() -> crm.batch().run(tenant, job, ordering(ids.get(7)), options))
        .isInstanceOf(IllegalStateException.class);
    JobCheckpoint stopped = crm.batch().checkpoint(tenant, job).orElseThrow();
    assertThat(stopped.doneThrough()).isEqualTo(ids.get(5));
    assertThat(crm.activities().count(ActivityQuery.of(tenant, ids.get(6)))).isZero();

    JobReport resumed = crm.batch().run(tenant, job, ordering(null), options);

    assertThat(resumed.processed()).isEqualTo(5);
    assertEveryCustomerOrderedOnce(ids);
  }

  @Test
  void run_stoppedInParallelThenResumedInParallel_commitsEveryCustomersStepOnce() {
    store.assume(StoreCapability.THREAD_SAFE);
    List<CustomerId> ids = register(24);
    JobOptions options = JobOptions.defaults().withPageSize(2).withExecutor(pool, 3);

    assertThatThrownBy(() -> crm.batch().run(tenant, job, ordering(ids.get(9)), options))
        .isInstanceOf(IllegalStateException.class);
    crm.batch().run(tenant, job, ordering(null), options);

    assertEveryCustomerOrderedOnce(ids);
  }

  @Test
  void run_dryRun_storesPublishesAndCheckpointsNothing() {
    List<CustomerId> ids = register(4);
    events.clear();

    JobReport report =
        crm.batch()
            .run(tenant, job, ordering(null), JobOptions.defaults().withPageSize(3).asDryRun());

    assertThat(report.changed()).isEqualTo(4);
    assertThat(report.wouldChange()).containsOnlyKeys(ids);
    assertThat(report.wouldChange().values())
        .allSatisfy(e -> assertThat(e).singleElement().isInstanceOf(ActivityRecorded.class));
    for (CustomerId id : ids) {
      assertThat(crm.activities().count(ActivityQuery.of(tenant, id))).isZero();
    }
    assertThat(events).isEmpty();
    assertThat(crm.batch().checkpoint(tenant, job)).isEmpty();
  }
}
