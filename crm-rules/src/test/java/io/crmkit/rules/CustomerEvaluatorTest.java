package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TieringRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerEvaluatorTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
  private static final String[] REGIONS = {"east-china", "north-china", "south-china"};

  private final TieringRule tiering =
      TieringRules.parse(
          "grade",
          LadderKey.of("grade"),
          """
          A: spend_365d >= 100000 CNY and orders_365d >= 5
          B: spend_365d >= 20000 CNY or orders_365d >= 8
          C: true
          """,
          Fields.standard());
  private final SegmentRule east =
      SegmentRules.parse("east", "region in (\"east-china\")", Fields.standard());
  private final SegmentRule big =
      SegmentRules.parse("big", "largest_order >= 30000 CNY", Fields.standard());
  private final SegmentRule lapsing =
      SegmentRules.parse("lapsing", "days_since_last_order > 60", Fields.standard());
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void evaluate_inCallingThread_givesWhatEachRuleGives() {
    List<Subject> subjects = subjects(500, 1);

    Evaluations result =
        CustomerEvaluator.of(tiering, List.of(east, big, lapsing)).evaluate(subjects);

    assertThat(result.size()).isEqualTo(500);
    assertThat(result.segments()).containsExactly("east", "big", "lapsing");
    List<SegmentRule> rules = List.of(east, big, lapsing);
    int[] counts = new int[3];
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      assertThat(result.tier(i)).isEqualTo(tiering.decide(s.customer(), s.facts(), AS_OF).tier());
      for (int k = 0; k < 3; k++) {
        boolean member = rules.get(k).isMember(s.customer(), s.facts(), AS_OF);
        assertThat(result.isMember(i, k)).as("subject %s segment %s", i, k).isEqualTo(member);
        counts[k] += member ? 1 : 0;
      }
    }
    assertThat(java.util.Arrays.stream(counts).boxed().toList()).allMatch(c -> c > 0 && c < 500);
    assertThat(new int[] {result.memberCount(0), result.memberCount(1), result.memberCount(2)})
        .isEqualTo(counts);
    assertThat(result.tierCounts().keySet())
        .containsExactlyInAnyOrder(TierCode.of("A"), TierCode.of("B"), TierCode.of("C"));
    assertThat(result.tierCounts().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(500);
  }

  @Test
  void evaluate_fieldNamedBySeveralRules_isReadOncePerCustomer() {
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    Fields fields =
        Fields.standard()
            .with(
                new Field.Number(
                    "counted",
                    s -> {
                      reads.incrementAndGet();
                      return s.facts().orderCount();
                    }));
    TieringRule counting =
        TieringRules.parse(
            "counting", LadderKey.of("grade"), "A: counted >= 8\nB: counted >= 3\nC: true", fields);
    List<SegmentRule> segments =
        List.of(
            SegmentRules.parse("few", "counted < 3", fields),
            SegmentRules.parse("twice", "counted * 2 >= 10 and counted != 7", fields));
    List<Subject> subjects = subjects(200, 5);

    Evaluations result = CustomerEvaluator.of(counting, segments).evaluate(subjects);

    assertThat(reads).hasValue(200);
    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      assertThat(result.tier(i)).isEqualTo(counting.decide(s.customer(), s.facts(), AS_OF).tier());
      assertThat(result.isMember(i, 0))
          .isEqualTo(segments.get(0).isMember(s.customer(), s.facts(), AS_OF));
      assertThat(result.isMember(i, 1))
          .isEqualTo(segments.get(1).isMember(s.customer(), s.facts(), AS_OF));
    }
  }

  @Test
  void evaluate_everyKindOfCondition_givesWhatEachRuleGives() {
    List<SegmentRule> rules =
        List.of(
            SegmentRules.parse("not-east", "not region in (\"east-china\")", Fields.standard()),
            SegmentRules.parse("no-score", "satisfaction != 3", Fields.standard()),
            SegmentRules.parse("unscored", "satisfaction >= 0", Fields.standard()),
            SegmentRules.parse(
                "average",
                "spend_lifetime >= 1 CNY and (days_since_last_order - 10) / orders_365d < 20 or orders_30d = 1",
                Fields.standard()),
            SegmentRules.parse(
                "tagged", "tags contains \"vip\" or largest_order < 5000 CNY", Fields.standard()),
            SegmentRules.parse("never", "false", Fields.standard()));
    TieringRule custom =
        new TieringRule() {
          @Override
          public String id() {
            return "custom";
          }

          @Override
          public LadderKey ladder() {
            return LadderKey.of("grade");
          }

          @Override
          public io.crmkit.core.tier.TierDecision decide(
              CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            return new io.crmkit.core.tier.TierDecision(
                TierCode.of(facts.orderCount() > 5 ? "A" : "B"), "orders decide");
          }
        };
    List<Subject> subjects = subjects(400, 6);

    Evaluations result = CustomerEvaluator.of(custom, rules).evaluate(subjects);

    for (int i = 0; i < subjects.size(); i++) {
      Subject s = subjects.get(i);
      assertThat(result.tier(i)).isEqualTo(custom.decide(s.customer(), s.facts(), AS_OF).tier());
      for (int k = 0; k < rules.size(); k++) {
        assertThat(result.isMember(i, k))
            .as("subject %s rule %s", i, rules.get(k))
            .isEqualTo(rules.get(k).isMember(s.customer(), s.facts(), AS_OF));
      }
    }
    assertThat(result.memberCount(0)).isBetween(100, 350);
    assertThat(result.memberCount(3)).isPositive();
    assertThat(result.memberCount(5)).isZero();
  }

  @Test
  void evaluate_inParallel_isIdenticalToTheCallingThread() {
    CustomerEvaluator sequential = CustomerEvaluator.of(tiering, List.of(east, big, lapsing));
    for (int size : new int[] {0, 1, 63, 64, 65, 1000, 2051}) {
      List<Subject> subjects = subjects(size, size);
      Evaluations expected = sequential.evaluate(subjects);
      for (int parallelism : new int[] {1, 2, 3, 7}) {
        Evaluations parallel = sequential.inParallel(pool, parallelism).evaluate(subjects);
        assertThat(parallel).as("size %s parallelism %s", size, parallelism).isEqualTo(expected);
        assertThat(parallel.hashCode()).isEqualTo(expected.hashCode());
      }
    }
  }

  @Test
  void evaluate_inParallel_runsAtMostParallelismTasksOnTheExecutor() {
    List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
    SegmentRule recording =
        new SegmentRule() {
          @Override
          public String id() {
            return "recording";
          }

          @Override
          public boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            threads.add(Thread.currentThread().getName());
            return true;
          }
        };

    java.util.concurrent.atomic.AtomicInteger tasks =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.Executor counting =
        task -> {
          tasks.incrementAndGet();
          pool.execute(task);
        };

    Evaluations result =
        CustomerEvaluator.of(tiering, List.of(recording))
            .inParallel(counting, 3)
            .evaluate(subjects(1000, 2));

    assertThat(result.memberCount(0)).isEqualTo(1000);
    assertThat(threads).hasSize(1000).noneMatch(t -> t.equals(Thread.currentThread().getName()));
    assertThat(tasks).hasValue(3);
    assertThat(
            CustomerEvaluator.of(tiering, List.of(recording))
                .inParallel(counting, 7)
                .evaluate(subjects(130, 2))
                .memberCount(0))
        .isEqualTo(130);
    // 130 subjects are three chunks of at least 64, so no more than three tasks
    assertThat(tasks).hasValue(6);
  }

  @Test
  void evaluate_ruleThrowsInAPart_rethrowsItUnwrapped() {
    SegmentRule broken =
        new SegmentRule() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            throw new IllegalStateException("rule broken for " + customer.id());
          }
        };

    assertThatThrownBy(
            () ->
                CustomerEvaluator.of(tiering, List.of(broken))
                    .inParallel(pool, 2)
                    .evaluate(subjects(300, 3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("rule broken for ");
  }

  @Test
  void inParallel_zeroParallelism_throwsValidationNamingTheValue() {
    CustomerEvaluator evaluator = CustomerEvaluator.of(tiering, List.of(east));

    assertThatThrownBy(() -> evaluator.inParallel(pool, 0))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("parallelism"))
        .hasMessageContaining("must be at least 1")
        .hasMessageContaining("0");
  }

  @Test
  void inParallel_nullExecutor_throwsNullPointerNamingIt() {
    CustomerEvaluator evaluator = CustomerEvaluator.of(tiering, List.of(east));

    assertThatThrownBy(() -> evaluator.inParallel(null, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
  }

  @Test
  void of_repeatedSegmentId_throwsValidation() {
    assertThatThrownBy(() -> CustomerEvaluator.of(tiering, List.of(east, big, east)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("segments[2]"));
  }

  @Test
  void parallelism_isOneUntilSplitAndIsImmutable() {
    CustomerEvaluator sequential = CustomerEvaluator.of(tiering, List.of(east));
    CustomerEvaluator parallel = sequential.inParallel(pool, 4);

    assertThat(sequential.parallelism()).isEqualTo(1);
    assertThat(parallel.parallelism()).isEqualTo(4);
    assertThat(parallel.segments()).containsExactly("east");
  }

  @Test
  void results_outOfRangeIndex_throwIndexOutOfBounds() {
    Evaluations result = CustomerEvaluator.of(tiering, List.of(east)).evaluate(subjects(10, 4));

    assertThatThrownBy(() -> result.tier(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.isMember(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.isMember(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> result.memberCount(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(TieringRule.class, tiering);
    tester.testAllPublicStaticMethods(CustomerEvaluator.class);
    tester.testAllPublicInstanceMethods(CustomerEvaluator.of(tiering, List.of(east)));
  }

  /** Customers across three regions with 0 to 11 orders of 1k to 40k CNY over the last year. */
  private static List<Subject> subjects(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Subject> subjects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CustomerId id = CustomerId.of(new UUID(seed, i));
      CustomerSnapshot customer =
          Customer.register(
                  id,
                  NewCustomer.organization(TENANT, "客户" + i)
                      .region(REGIONS[random.nextInt(REGIONS.length)]),
                  NOW.minusSeconds(86_400L * random.nextInt(1, 2000)))
              .snapshot();
      List<RecordedActivity> history = new ArrayList<>();
      int orders = random.nextInt(12);
      for (int o = 0; o < orders; o++) {
        Order order =
            Order.of(
                TENANT,
                id,
                Money.of(String.valueOf(random.nextInt(1000, 40_000)), "CNY"),
                AS_OF.minusDays(random.nextInt(365)));
        history.add(new RecordedActivity(ActivityId.of(new UUID(i, o)), NOW, order));
      }
      subjects.add(new Subject(customer, CustomerFacts.rebuild(TENANT, id, history), AS_OF));
    }
    return List.copyOf(subjects);
  }
}
