package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.batch.BatchJob;
import io.crmkit.core.batch.JobCheckpoint;
import io.crmkit.core.batch.JobFailure;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobListener;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobProgress;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.batch.JobStatus;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentEntered;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.CrmErrorCode;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxMessage;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.spi.TenantDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchServiceTest {
  static final LadderKey GRADE = LadderKey.of("grade");
  private static final Money BIG = Money.of("8000.00", "CNY");
  private static final Money MIDDLE = Money.of("3000.00", "CNY");
  private static final Money SMALL = Money.of("500.00", "CNY");

  private final KitFixture f = new KitFixture();
  private final JobId job = JobId.of("retier-2026-03");

  /** Grades A at or above the threshold of 365-day CNY spend, else C. */
  record SpendRule(String id, BigDecimal threshold) implements TieringRule {
    @Override
    public LadderKey ladder() {
      return GRADE;
    }

    @Override
    public TierDecision decide(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
      Money spend = facts.spend(Money.currency("CNY"), FactWindow.DAYS_365, asOf);
      boolean a = spend.amount().compareTo(threshold) >= 0;
      return new TierDecision(
          TierCode.of(a ? "A" : "C"), "spend " + spend.amount() + (a ? " ≥ " : " < ") + threshold);
    }
  }

  private CrmKit kit(CrmStore store, List<CrmEvent> events, TieringRule rule) {
    return kit(store, events, rule, Clock.fixed(KitFixture.NOW, KitFixture.SHANGHAI));
  }

  private CrmKit kit(CrmStore store, List<CrmEvent> events, TieringRule rule, Clock clock) {
    return CrmKit.builder()
        .store(store)
        .clock(clock)
        .idGenerator(() -> UUID.randomUUID())
        .tenants(TenantDirectory.of(f.tenant, f.otherTenant))
        .listener(events::add)
        .tieringRule(rule)
        .build();
  }

  private List<CustomerId> register(int count) {
    List<CustomerId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(f.crm.customers().register(NewCustomer.organization(f.tenant, "客户" + i)));
    }
    return ids;
  }

  @Test
  void run_tiersJob_gradesEveryActiveCustomerOnceAndPublishesOnlyRealChanges() {
    List<CrmEvent> events = new CopyOnWriteArrayList<>();
    CrmKit crm = kit(f.store, events, new SpendRule("spend-v1", new BigDecimal("1000")));
    crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    List<CustomerId> ids = register(7);
    f.crm.customers().delete(f.tenant, ids.get(6));
    f.crm.activities().recordOrder(f.tenant, ids.get(0), BIG, KitFixture.TODAY);
    List<JobProgress> progress = new ArrayList<>();

    JobReport report =
        crm.batch()
            .run(
                f.tenant,
                job,
                crm.batch().tiersJob(),
                JobOptions.defaults().withPageSize(4).withListener(progress::add));

    assertThat(report.outcome()).isEqualTo(JobReport.Outcome.COMPLETED);
    assertThat(report.processed()).isEqualTo(6);
    assertThat(report.changed()).isEqualTo(6);
    assertThat(report.failed()).isZero();
    assertThat(report.wouldChange()).isEmpty();
    assertThat(crm.tiers().tierOf(f.tenant, ids.get(0), GRADE)).contains(TierCode.of("A"));
    assertThat(crm.tiers().tierOf(f.tenant, ids.get(1), GRADE)).contains(TierCode.of("C"));
    assertThat(crm.tiers().tierOf(f.tenant, ids.get(6), GRADE)).isEmpty();
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(6);
    assertThat(progress)
        .extracting(JobProgress::processed, JobProgress::finished)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, false),
            org.assertj.core.groups.Tuple.tuple(6L, false),
            org.assertj.core.groups.Tuple.tuple(6L, true));
    JobCheckpoint checkpoint = crm.batch().checkpoint(f.tenant, job).orElseThrow();
    assertThat(checkpoint.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(checkpoint.processed()).isEqualTo(6);
    assertThat(checkpoint.changed()).isEqualTo(6);

    events.clear();
    JobReport again =
        crm.batch().run(f.tenant, JobId.of("retier-again"), crm.batch().tiersJob(), opts());

    assertThat(again.processed()).isEqualTo(6);
    assertThat(again.changed()).isZero();
    assertThat(events).isEmpty();
  }

  private static JobOptions opts() {
    return JobOptions.defaults().withPageSize(3);
  }

  @Test
  void run_finishedJobId_processesNobodyAndReportsAlreadyFinished() {
    register(5);
    AtomicInteger calls = new AtomicInteger();
    BatchJob counting = BatchJob.of("count", (t, c) -> calls.incrementAndGet() > 0);
    f.crm.batch().run(f.tenant, job, counting, opts());
    List<JobProgress> progress = new ArrayList<>();

    JobReport second =
        f.crm.batch().run(f.tenant, job, counting, opts().withListener(progress::add));

    assertThat(calls).hasValue(5);
    assertThat(second.outcome()).isEqualTo(JobReport.Outcome.ALREADY_FINISHED);
    assertThat(second.processed()).isZero();
    assertThat(progress).singleElement().satisfies(p -> assertThat(p.finished()).isTrue());
    assertThat(f.crm.batch().checkpoint(f.tenant, job).orElseThrow())
        .extracting(JobCheckpoint::status, JobCheckpoint::processed, JobCheckpoint::changed)
        .containsExactly(JobStatus.FINISHED, 5L, 5L);

    assertThat(f.crm.batch().forget(f.tenant, job)).isTrue();
    assertThat(f.crm.batch().forget(f.tenant, job)).isFalse();
    JobReport third = f.crm.batch().run(f.tenant, job, counting, opts());

    assertThat(third.outcome()).isEqualTo(JobReport.Outcome.COMPLETED);
    assertThat(calls).hasValue(10);
  }

  @Test
  void run_emptyTenant_finishesWithNothingProcessed() {
    JobReport report =
        f.crm.batch().run(f.tenant, job, BatchJob.of("noop", (t, c) -> false), opts());

    assertThat(report.processed()).isZero();
    assertThat(f.crm.batch().checkpoint(f.tenant, job).orElseThrow().status())
        .isEqualTo(JobStatus.FINISHED);
    assertThat(f.crm.batch().checkpoint(f.otherTenant, job)).isEmpty();
  }

  @Test
  void run_stepThrowsCrmException_countsTheCustomerFailedReportsItAndGoesOn() {
    List<CustomerId> ids = register(5);
    List<JobFailure> heard = new ArrayList<>();
    JobListener listener =
        new JobListener() {
          @Override
          public void progress(JobProgress progress) {}

          @Override
          public void failed(JobFailure failure) {
            heard.add(failure);
          }
        };
    BatchJob job2 =
        BatchJob.of(
            "picky",
            (t, c) -> {
              if (c.equals(ids.get(1)) || c.equals(ids.get(3))) {
                throw new NotFoundException("tier ladder grade");
              }
              return true;
            });

    JobReport report = f.crm.batch().run(f.tenant, job, job2, opts().withListener(listener));

    assertThat(report.processed()).isEqualTo(5);
    assertThat(report.changed()).isEqualTo(3);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.failures()).isEqualTo(heard);
    assertThat(heard)
        .extracting(JobFailure::customer, JobFailure::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ids.get(1), CrmErrorCode.NOT_FOUND),
            org.assertj.core.groups.Tuple.tuple(ids.get(3), CrmErrorCode.NOT_FOUND));
    assertThat(heard.get(0).message()).contains("tier ladder grade");
    assertThat(f.crm.batch().checkpoint(f.tenant, job).orElseThrow().failed()).isEqualTo(2);
  }

  @Test
  void run_tiersJobWithoutLadder_countsEveryCustomerFailed() {
    List<CrmEvent> events = new CopyOnWriteArrayList<>();
    CrmKit crm = kit(f.store, events, new SpendRule("spend-v1", BigDecimal.ONE));
    register(3);

    JobReport report = crm.batch().run(f.tenant, job, crm.batch().tiersJob(), opts());

    assertThat(report.failed()).isEqualTo(3);
    assertThat(report.failures())
        .allSatisfy(failure -> assertThat(failure.message()).contains("grade"));
  }

  @Test
  void run_segmentsJob_entersTheCustomersTheRuleSelects() {
    SegmentKey big = SegmentKey.of("big-spenders");
    List<CrmEvent> events = new CopyOnWriteArrayList<>();
    CrmKit crm =
        CrmKit.builder()
            .store(f.store)
            .clock(Clock.fixed(KitFixture.NOW, KitFixture.SHANGHAI))
            .tenants(TenantDirectory.of(f.tenant))
            .listener(events::add)
            .segmentRule(
                new SegmentRule() {
                  @Override
                  public String id() {
                    return "big";
                  }

                  @Override
                  public boolean isMember(
                      CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
                    return facts.orderCount(FactWindow.LIFETIME, asOf) > 0;
                  }
                })
            .build();
    crm.segments().define(Segment.dynamic(f.tenant, big, "Big spenders", "big"));
    List<CustomerId> ids = register(4);
    f.crm.activities().recordOrder(f.tenant, ids.get(2), SMALL, KitFixture.TODAY);

    JobReport report =
        crm.batch().run(f.tenant, job, crm.batch().segmentsJob(UserRef.of("nightly")), opts());

    assertThat(report.changed()).isEqualTo(1);
    assertThat(crm.segments().isMember(f.tenant, big, ids.get(2))).isTrue();
    assertThat(events)
        .filteredOn(SegmentEntered.class::isInstance)
        .singleElement()
        .satisfies(e -> assertThat(((SegmentEntered) e).key().customer()).isEqualTo(ids.get(2)));
  }

  @Test
  void lifecycleJob_withoutRule_throwsIllegalState() {
    assertThatThrownBy(() -> f.crm.batch().lifecycleJob())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lifecycleRule");
  }

  @Test
  void run_jobIdStartedByAnotherJob_throwsValidationNamingTheJobId() {
    register(1);
    f.crm.batch().run(f.tenant, job, BatchJob.of("one", (t, c) -> false), opts());

    assertThatThrownBy(
            () -> f.crm.batch().run(f.tenant, job, BatchJob.of("two", (t, c) -> false), opts()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString(
                        "jobId was started by job one, not by job two but was 'retier-2026-03'"));
  }

  @Test
  void run_unknownTenant_throwsValidationNamingTheTenant() {
    assertThatThrownBy(
            () ->
                f.crm
                    .batch()
                    .run(TenantId.of("nobody"), job, BatchJob.of("x", (t, c) -> false), opts()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("tenant");
              assertThat(e.getMessage()).contains("nobody");
            });
  }

  @Test
  void run_dryRunOfStricterRuleSet_reportsWhoWouldDropAndChangesNothing() {
    List<CrmEvent> liveEvents = new CopyOnWriteArrayList<>();
    CrmKit live = kit(f.store, liveEvents, new SpendRule("spend-v1", new BigDecimal("1000")));
    live.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    List<CustomerId> ids = register(6);
    f.crm.activities().recordOrder(f.tenant, ids.get(0), BIG, KitFixture.TODAY);
    f.crm.activities().recordOrder(f.tenant, ids.get(1), MIDDLE, KitFixture.TODAY);
    f.crm.activities().recordOrder(f.tenant, ids.get(4), MIDDLE, KitFixture.TODAY);
    f.crm.activities().recordOrder(f.tenant, ids.get(5), SMALL, KitFixture.TODAY);
    live.batch().run(f.tenant, job, live.batch().tiersJob(), opts());
    liveEvents.clear();
    List<CrmEvent> candidateEvents = new CopyOnWriteArrayList<>();
    CrmKit candidate =
        kit(
            f.store,
            candidateEvents,
            new SpendRule("spend-v2", new BigDecimal("5000")),
            Clock.offset(
                Clock.fixed(KitFixture.NOW, KitFixture.SHANGHAI), java.time.Duration.ofHours(1)));
    JobId dry = JobId.of("spend-v2-preview");
    List<OutboxMessage> stored = new ArrayList<>();
    f.store.outboxPoller().poll(OutboxPoller.MAX_BATCH, stored::add);

    JobReport report =
        candidate
            .batch()
            .run(f.tenant, dry, candidate.batch().tiersJob(), opts().withPageSize(2).asDryRun());

    assertThat(report.outcome()).isEqualTo(JobReport.Outcome.DRY_RUN);
    assertThat(report.processed()).isEqualTo(6);
    assertThat(report.changed()).isEqualTo(2);
    assertThat(report.failed()).isZero();
    assertThat(report.wouldChange()).containsOnlyKeys(ids.get(1), ids.get(4));
    assertThat(report.wouldChange().get(ids.get(1)))
        .singleElement()
        .isInstanceOfSatisfying(
            TierChanged.class,
            changed -> {
              assertThat(changed.previous()).isEqualTo(TierCode.of("A"));
              assertThat(changed.assignment().tier()).isEqualTo(TierCode.of("C"));
              assertThat(changed.assignment().source().toString()).contains("spend-v2");
            });
    assertThat(live.tiers().tierOf(f.tenant, ids.get(1), GRADE)).contains(TierCode.of("A"));
    assertThat(live.tiers().tierOf(f.tenant, ids.get(4), GRADE)).contains(TierCode.of("A"));
    assertThat(live.tiers().history(f.tenant, ids.get(1)).orElseThrow().version()).isEqualTo(1);
    assertThat(candidateEvents).isEmpty();
    assertThat(liveEvents).isEmpty();
    assertThat(candidate.batch().checkpoint(f.tenant, dry)).isEmpty();
    // the dry run's events were appended to the outbox inside the units of work it rolled back
    assertThat(stored).extracting(m -> m.entry().eventType()).contains("TierChanged");
    assertThat(f.store.outboxPoller().poll(OutboxPoller.MAX_BATCH, stored::add)).isZero();
  }

  @Test
  void run_dryRunInParallel_reportsTheSameAsSequential() throws Exception {
    List<CustomerId> ids = register(9);
    BatchJob odd =
        BatchJob.of(
            "orders",
            (t, c) -> {
              if (ids.indexOf(c) % 2 == 1) {
                f.crm.activities().recordOrder(t, c, SMALL, KitFixture.TODAY);
                return true;
              }
              return false;
            });
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      JobReport sequential = f.crm.batch().run(f.tenant, job, odd, opts().asDryRun());
      JobReport parallel =
          f.crm
              .batch()
              .run(f.tenant, job, odd, opts().withPageSize(2).withExecutor(pool, 3).asDryRun());

      assertThat(parallel.wouldChange().keySet())
          .containsExactly(ids.get(1), ids.get(3), ids.get(5), ids.get(7))
          .isEqualTo(sequential.wouldChange().keySet());
      assertThat(parallel.wouldChange().values())
          .allSatisfy(
              events ->
                  assertThat(events)
                      .singleElement()
                      .isInstanceOf(io.crmkit.core.activity.ActivityRecorded.class));
      assertThat(f.crm.activities().count(ActivityQuery.of(f.tenant, ids.get(1)))).isZero();
      assertThat(f.events).noneMatch(e -> e instanceof io.crmkit.core.activity.ActivityRecorded);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void run_insideAUnitOfWork_throwsIllegalState() {
    register(1);
    BatchJob nested =
        BatchJob.of(
            "nested",
            (t, c) -> {
              f.crm.batch().run(t, JobId.of("inner"), BatchJob.of("x", (t2, c2) -> false), opts());
              return false;
            });

    assertThatThrownBy(() -> f.crm.batch().run(f.tenant, job, nested, opts()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inner");
    assertThat(f.crm.batch().checkpoint(f.tenant, JobId.of("inner"))).isEmpty();
  }

  @Test
  void publicMethods_rejectNulls() {
    io.crmkit.core.shared.NullPointerTesters.withDomainDefaults()
        .setDefault(JobId.class, job)
        .setDefault(BatchJob.class, BatchJob.of("x", (t, c) -> false))
        .setDefault(JobOptions.class, opts())
        .testAllPublicInstanceMethods(f.crm.batch());
  }

  @Test
  void run_listenerThrows_abortsKeepingTheCommittedPage() {
    List<CustomerId> ids = register(6);
    AtomicInteger calls = new AtomicInteger();
    JobListener failing =
        progress -> {
          throw new IllegalStateException("listener broke after " + progress.processed());
        };

    assertThatThrownBy(
            () ->
                f.crm
                    .batch()
                    .run(
                        f.tenant,
                        job,
                        BatchJob.of("count", (t, c) -> calls.incrementAndGet() > 0),
                        opts().withListener(failing)))
        .hasMessage("listener broke after 3");

    assertThat(calls).hasValue(3);
    assertThat(f.crm.batch().checkpoint(f.tenant, job).orElseThrow().doneThrough())
        .isEqualTo(ids.get(2));
  }

  /** How many orders each customer has: the count of committed step runs. */
  static Map<CustomerId, Long> ordersPerCustomer(
      CrmKit crm, TenantId tenant, List<CustomerId> ids) {
    Map<CustomerId, Long> counts = new ConcurrentHashMap<>();
    for (CustomerId id : ids) {
      counts.put(id, crm.activities().count(ActivityQuery.of(tenant, id)));
    }
    return counts;
  }
}
