package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.JobFailure;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A page whose step fails or loses a race is rolled back and run again, never half-kept. */
class BatchPageRollbackTest {
  private static final Money ORDER = Money.of("100.00", "CNY");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private final KitFixture f = new KitFixture();

  private List<CustomerId> register(int count) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(f.crm.customers().register(NewCustomer.organization(f.tenant, "客户" + i)));
    }
    return ids;
  }

  private long ordersOf(CustomerId customer) {
    return f.crm.activities().count(ActivityQuery.of(f.tenant, customer));
  }

  @Test
  void run_stepFailsAfterWriting_keepsNothingOfThatCustomerAndCommitsTheOthersOnce() {
    List<CustomerId> ids = register(5);
    CustomerId picky = ids.get(2);
    BatchJob job =
        BatchJob.of(
            "order-then-check",
            (t, c) -> {
              f.crm.activities().recordOrder(t, c, ORDER, DAY);
              if (c.equals(picky)) {
                throw new NotFoundException("price list of " + c);
              }
              return true;
            });
    int eventsBefore = f.events.size();

    JobReport report =
        f.crm.batch().run(f.tenant, JobId.of("orders"), job, JobOptions.defaults().withPageSize(5));

    assertThat(report.processed()).isEqualTo(5);
    assertThat(report.changed()).isEqualTo(4);
    assertThat(report.failures()).extracting(JobFailure::customer).containsExactly(picky);
    assertThat(ordersOf(picky)).isZero();
    for (CustomerId other : ids) {
      if (!other.equals(picky)) {
        assertThat(ordersOf(other)).as("orders of %s", other).isEqualTo(1);
      }
    }
    assertThat(f.events.subList(eventsBefore, f.events.size()))
        .filteredOn(e -> e instanceof ActivityRecorded)
        .hasSize(4)
        .noneMatch(e -> ((ActivityRecorded) e).customer().equals(picky));
  }

  @Test
  void run_stepLosesARaceOnce_runsThePageAgainAndCountsNoFailure() {
    List<CustomerId> ids = register(4);
    AtomicInteger races = new AtomicInteger();
    BatchJob job =
        BatchJob.of(
            "racy",
            (t, c) -> {
              f.crm.activities().recordOrder(t, c, ORDER, DAY);
              if (c.equals(ids.get(3)) && races.getAndIncrement() == 0) {
                throw new ConcurrentUpdateException("customer " + c, 1, 2);
              }
              return true;
            });

    JobReport report =
        f.crm.batch().run(f.tenant, JobId.of("racy"), job, JobOptions.defaults().withPageSize(4));

    assertThat(races.get()).isEqualTo(2);
    assertThat(report.changed()).isEqualTo(4);
    assertThat(report.failed()).isZero();
    for (CustomerId id : ids) {
      assertThat(ordersOf(id)).as("orders of %s", id).isEqualTo(1);
    }
  }
}
