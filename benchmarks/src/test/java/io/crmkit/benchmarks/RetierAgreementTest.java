package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.tier.LadderKey;
import io.crmkit.rules.CustomerEvaluator;
import io.crmkit.rules.Fields;
import io.crmkit.rules.Subject;
import io.crmkit.rules.TieringRules;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetierAgreementTest {
  private static final int CUSTOMERS = 10_000;
  private static CustomerBase base;
  private static CustomerBase.Change change;
  private static ExecutorService pool;

  @BeforeAll
  static void generate() {
    base = CustomerBase.generate(CUSTOMERS, 42);
    change = base.withNewOrders(100, 7);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void b1AndB2_libraryInEitherModeAndBaseline_agree() {
    CustomerEvaluator sequential =
        CustomerEvaluator.of(RetierRules.tiering(), RetierRules.segments());

    Tally tally =
        RetierChecks.checkAgreement(base, change, sequential, sequential.inParallel(pool, 2));

    assertThat(Arrays.stream(tally.tierCounts()).sum()).isEqualTo(CUSTOMERS);
    // every tier and every segment gets a real share of the customers, and none gets all
    assertThat(Arrays.stream(tally.tierCounts()).boxed().toList())
        .allSatisfy(c -> assertThat(c).isBetween(100L, 9_000L));
    assertThat(Arrays.stream(tally.segmentCounts()).boxed().toList())
        .allSatisfy(c -> assertThat(c).isBetween(100L, 9_000L));
  }

  @Test
  void b1_libraryTiersEachCustomerAsTheBaselineDoes() {
    CustomerEvaluator sequential =
        CustomerEvaluator.of(RetierRules.tiering(), RetierRules.segments());
    List<Subject> some = base.subjects().subList(0, 500);

    for (int i = 0; i < some.size(); i++) {
      Tally one = HandWrittenRetier.run(some.subList(i, i + 1));
      assertThat(Tally.of(sequential.evaluate(some.subList(i, i + 1)), RetierRules.TIERS))
          .as("customer %s", i)
          .isEqualTo(one);
    }
  }

  @Test
  void checkAgreement_libraryWithAnotherThreshold_failsNamingBothTallies() {
    CustomerEvaluator other =
        CustomerEvaluator.of(
            TieringRules.parse(
                "b1-grade",
                LadderKey.of("grade"),
                RetierRules.TIERING.replace("orders_365d >= 3", "orders_365d >= 4"),
                Fields.standard()),
            RetierRules.segments());

    assertThatThrownBy(() -> RetierChecks.checkAgreement(base, change, other, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("b1 library and b1 baseline disagree: Tally[");
  }

  @Test
  void withNewOrders_changesOnePercentAndOnlyThem() {
    assertThat(change.changed()).hasSize(CUSTOMERS / 100).doesNotHaveDuplicates();
    int changedFacts = 0;
    for (int i = 0; i < CUSTOMERS; i++) {
      Subject before = base.subjects().get(i);
      Subject after = change.after().subjects().get(i);
      if (!before.facts().equals(after.facts())) {
        changedFacts++;
        assertThat(change.changed()).contains(before.customer().id());
        assertThat(after.facts().orderCount()).isGreaterThan(before.facts().orderCount());
      }
    }
    assertThat(changedFacts).isEqualTo(CUSTOMERS / 100);
  }

  @Test
  void generate_sameSeed_sameCustomersWhateverTheThreads() {
    CustomerBase again = CustomerBase.generate(300, 42);
    CustomerBase other = CustomerBase.generate(300, 43);

    assertThat(again.subjects()).isEqualTo(base.subjects().subList(0, 300));
    assertThat(HandWrittenRetier.run(other.subjects()))
        .isNotEqualTo(HandWrittenRetier.run(again.subjects()));
  }
}
