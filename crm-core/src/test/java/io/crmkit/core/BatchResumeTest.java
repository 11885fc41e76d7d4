package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.CompletedRange;
import io.crmkit.core.batch.CustomerStep;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import io.crmkit.spi.TransactionWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A killed job resumes without redoing or skipping anyone. The step records one order per customer,
 * so each customer's order count is how many times its step committed: exactly once is the rule.
 */
class BatchResumeTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final JobId JOB = JobId.of("orders-once");
  private static final Money AMOUNT = Money.of("100.00", "CNY");

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private static CrmKit kit(CrmStore store) {
    return CrmKit.builder()
        .store(store)
        .clock(Clock.fixed(KitFixture.NOW, KitFixture.SHANGHAI))
        .tenants(TenantDirectory.of(TENANT))
        .build();
  }

  private static List<CustomerId> register(CrmKit crm, int count) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(crm.customers().register(NewCustomer.organization(TENANT, "客户" + i)));
    }
    ids.sort(null);
    return ids;
  }

  /** The step: one order for the customer; throws the abort for one chosen customer. */
  private static BatchJob ordering(CrmKit crm, CustomerStep before) {
    return BatchJob.of(
        "orders",
        (tenant, customer) -> {
          before.apply(tenant, customer);
          crm.activities().recordOrder(tenant, customer, AMOUNT, KitFixture.TODAY);
          return true;
        });
  }

  private static void assertEveryCustomerOrderedOnce(CrmKit crm, List<CustomerId> ids) {
    assertThat(BatchServiceTest.ordersPerCustomer(crm, TENANT, ids))
        .hasSize(ids.size())
        .allSatisfy((id, orders) -> assertThat(orders).as("orders of %s", id).isEqualTo(1));
    JobCheckpoint checkpoint = crm.batch().checkpoint(TENANT, JOB).orElseThrow();
    assertThat(checkpoint.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(checkpoint.processed()).isEqualTo(ids.size());
    assertThat(checkpoint.changed()).isEqualTo(ids.size());
  }

  private static CustomerStep abortAt(CustomerId victim) {
    return (tenant, customer) -> {
      if (customer.equals(victim)) {
        throw new PowerCut();
      }
      return false;
    };
  }

  @Test
  void run_abortedSequentially_resumesWithEveryCustomerProcessedOnce() {
    CrmKit crm = kit(InMemoryCrmStore.create());
    List<CustomerId> ids = register(crm, 10);
    JobOptions options = JobOptions.defaults().withPageSize(3);

    assertThatThrownBy(
            () -> crm.batch().run(TENANT, JOB, ordering(crm, abortAt(ids.get(4))), options))
        .isInstanceOf(PowerCut.class);

    JobCheckpoint stopped = crm.batch().checkpoint(TENANT, JOB).orElseThrow();
    assertThat(stopped.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(stopped.doneThrough()).isEqualTo(ids.get(2));
    assertThat(stopped.processed()).isEqualTo(3);
    assertThat(BatchServiceTest.ordersPerCustomer(crm, TENANT, ids).get(ids.get(3))).isZero();

    JobReport resumed = crm.batch().run(TENANT, JOB, ordering(crm, (t, c) -> false), options);

    assertThat(resumed.outcome()).isEqualTo(JobReport.Outcome.COMPLETED);
    assertThat(resumed.processed()).isEqualTo(7);
    assertEveryCustomerOrderedOnce(crm, ids);
  }

  @Test
  void run_abortedInParallel_resumesInParallelWithEveryCustomerProcessedOnce() {
    CrmKit crm = kit(InMemoryCrmStore.create());
    List<CustomerId> ids = register(crm, 30);
    JobOptions options = JobOptions.defaults().withPageSize(2).withExecutor(pool, 3);

    assertThatThrownBy(
            () -> crm.batch().run(TENANT, JOB, ordering(crm, abortAt(ids.get(13))), options))
        .isInstanceOf(PowerCut.class);
    JobReport resumed = crm.batch().run(TENANT, JOB, ordering(crm, (t, c) -> false), options);

    assertThat(resumed.processed()).isLessThan(30);
    assertEveryCustomerOrderedOnce(crm, ids);
  }

  @Test
  void run_laterPagesCommittedBeforeAnEarlierOneAborted_resumeSkipsTheirRanges() throws Exception {
    InMemoryCrmStore store = InMemoryCrmStore.create();
    CrmKit crm = kit(store);
    List<CustomerId> ids = register(crm, 6);
    CountDownLatch thirdPageStarted = new CountDownLatch(1);
    CustomerStep firstPageWaitsThenDies =
        (tenant, customer) -> {
          if (customer.equals(ids.get(4))) {
            thirdPageStarted.countDown();
          }
          if (customer.equals(ids.get(0))) {
            try {
              assertThat(thirdPageStarted.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new PowerCut();
          }
          return false;
        };
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      JobOptions options = JobOptions.defaults().withPageSize(2).withExecutor(two, 3);

      assertThatThrownBy(
              () -> crm.batch().run(TENANT, JOB, ordering(crm, firstPageWaitsThenDies), options))
          .isInstanceOf(PowerCut.class);
      List<CompletedRange> ranges =
          store.inTransaction(u -> u.jobCheckpoints().ranges(TENANT, JOB));
      assertThat(ranges)
          .extracting(CompletedRange::first, CompletedRange::last)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(ids.get(2), ids.get(3)),
              org.assertj.core.groups.Tuple.tuple(ids.get(4), ids.get(5)));
      assertThat(crm.batch().checkpoint(TENANT, JOB).orElseThrow().doneThrough()).isNull();

      JobReport resumed = crm.batch().run(TENANT, JOB, ordering(crm, (t, c) -> false), options);

      assertThat(resumed.processed()).isEqualTo(2);
      assertEveryCustomerOrderedOnce(crm, ids);
      List<CompletedRange> left = store.inTransaction(u -> u.jobCheckpoints().ranges(TENANT, JOB));
      assertThat(left).isEmpty();
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void run_executorRefusesAPage_abortsAfterThePagesInFlightAndResumes() {
    CrmKit crm = kit(InMemoryCrmStore.create());
    List<CustomerId> ids = register(crm, 9);
    AtomicInteger accepted = new AtomicInteger();
    java.util.concurrent.Executor refusingThird =
        task -> {
          if (accepted.incrementAndGet() == 3) {
            throw new java.util.concurrent.RejectedExecutionException("pool shut down");
          }
          pool.execute(task);
        };
    JobOptions options = JobOptions.defaults().withPageSize(2).withExecutor(refusingThird, 2);

    assertThatThrownBy(() -> crm.batch().run(TENANT, JOB, ordering(crm, (t, c) -> false), options))
        .isInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    crm.batch().run(TENANT, JOB, ordering(crm, (t, c) -> false), JobOptions.defaults());

    assertEveryCustomerOrderedOnce(crm, ids);
  }

  @ParameterizedTest(name = "parallelism {0}")
  @ValueSource(ints = {1, 3})
  void run_processDiesAfterAnyCommit_resumeProcessesEveryCustomerOnce(int parallelism) {
    int deaths = 0;
    for (int dieAfter = 1; ; dieAfter++) {
      InMemoryCrmStore store = InMemoryCrmStore.create();
      CrmKit healthy = kit(store);
      List<CustomerId> ids = register(healthy, 7);
      DyingStore dying = new DyingStore(store, dieAfter);
      CrmKit doomed = kit(dying);
      JobOptions options =
          JobOptions.defaults()
              .withPageSize(2)
              .withExecutor(parallelism == 1 ? Runnable::run : pool, parallelism);
      try {
        doomed.batch().run(TENANT, JOB, ordering(doomed, (t, c) -> false), options);
        assertEveryCustomerOrderedOnce(healthy, ids);
        break; // the job needs fewer commits than dieAfter: every death point was tried
      } catch (PowerCut died) {
        deaths++;
      }
      healthy.batch().run(TENANT, JOB, ordering(healthy, (t, c) -> false), options);
      assertEveryCustomerOrderedOnce(healthy, ids);
    }
    // start, 4 page reads, 4 pages, their folds and the finish: a death after each of them; in
    // parallel, pages that end together are folded at once, so there may be as few as one fold
    assertThat(deaths).isGreaterThanOrEqualTo(parallelism == 1 ? 14 : 11);
  }

  /** The process dying: not a CrmException. */
  static final class PowerCut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PowerCut() {
      super("power cut");
    }
  }

  /** A store whose process dies just after its n-th unit of work commits; nothing runs after. */
  static final class DyingStore implements CrmStore {
    private final CrmStore delegate;
    private final int dieAfter;
    private final AtomicInteger commits = new AtomicInteger();
    private volatile boolean dead;

    DyingStore(CrmStore delegate, int dieAfter) {
      this.delegate = delegate;
      this.dieAfter = dieAfter;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
      if (dead) {
        throw new PowerCut();
      }
      T result = delegate.inTransaction(work);
      if (commits.incrementAndGet() == dieAfter) {
        dead = true;
        throw new PowerCut();
      }
      return result;
    }

    @Override
    public Set<StoreCapability> capabilities() {
      return delegate.capabilities();
    }
  }
}
