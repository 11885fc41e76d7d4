package io.crmkit.rules.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the Pareto analysis: shares add up, classes respect the cut points, more revenue never
 * hurts.
 */
class KeyAccountLawsTest {
  private static final int MAX_SIZE = 30;

  /** Small revenues (0..40), so that ties and zero accounts are common. */
  private static Gen<List<Integer>> revenues() {
    return lists().of(integers().between(0, 40)).ofSizeBetween(1, MAX_SIZE);
  }

  /** Cut points a < b in hundredths: a in 1..98, b in a+1..100. */
  private static Gen<AbcCutPoints> cutPoints() {
    return integers()
        .between(1, 98)
        .flatMap(
            a ->
                integers()
                    .between(a + 1, 100)
                    .map(
                        b -> new AbcCutPoints(BigDecimal.valueOf(a, 2), BigDecimal.valueOf(b, 2))));
  }

  private static List<AccountRevenue> accounts(List<Integer> revenues) {
    List<AccountRevenue> accounts = new ArrayList<>();
    for (int i = 0; i < revenues.size(); i++) {
      accounts.add(AccountRevenue.of("k" + (char) ('a' + i), BigDecimal.valueOf(revenues.get(i))));
    }
    return accounts;
  }

  @Test
  void of_anyPopulation_sharesSumToOneWithinRounding() {
    qt().forAll(revenues())
        .checkAssert(
            revenues -> {
              ParetoAnalysis analysis = ParetoAnalysis.of(accounts(revenues));
              BigDecimal sum =
                  analysis.shares().stream()
                      .map(AccountShare::share)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              if (analysis.totalRevenue().signum() == 0) {
                assertThat(sum).isZero();
              } else {
                assertThat(sum)
                    .isBetween(
                        BigDecimal.ONE.subtract(new BigDecimal("1E-8")),
                        BigDecimal.ONE.add(new BigDecimal("1E-8")));
                assertThat(analysis.shares().get(analysis.shares().size() - 1).cumulativeShare())
                    .isEqualByComparingTo("1");
              }
            });
  }

  @Test
  void of_anyPopulation_rankedByRevenueDescending() {
    qt().forAll(revenues())
        .checkAssert(
            revenues -> {
              List<AccountShare> shares = ParetoAnalysis.of(accounts(revenues)).shares();
              for (int i = 1; i < shares.size(); i++) {
                assertThat(shares.get(i).account().revenue())
                    .isLessThanOrEqualTo(shares.get(i - 1).account().revenue());
              }
            });
  }

  @Test
  void of_anyCutPoints_classesRespectTheBoundaries() {
    qt().forAll(revenues(), cutPoints())
        .checkAssert(
            (revenues, cuts) -> {
              ParetoAnalysis analysis = ParetoAnalysis.of(accounts(revenues), cuts);
              BigDecimal total = analysis.totalRevenue();
              BigDecimal before = BigDecimal.ZERO;
              AbcClass previous = AbcClass.A;
              for (AccountShare s : analysis.shares()) {
                BigDecimal revenue = s.account().revenue();
                AbcClass expected;
                if (revenue.signum() == 0) {
                  expected = AbcClass.C;
                } else if (before.compareTo(cuts.a().multiply(total)) < 0) {
                  expected = AbcClass.A;
                } else if (before.compareTo(cuts.b().multiply(total)) < 0) {
                  expected = AbcClass.B;
                } else {
                  expected = AbcClass.C;
                }
                assertThat(s.abcClass()).as("class of %s", s.key()).isEqualTo(expected);
                assertThat(s.abcClass().atLeast(previous) && s.abcClass() != previous)
                    .as("classes never go back up the ranking")
                    .isFalse();
                previous = s.abcClass();
                before = before.add(revenue);
              }
              if (total.signum() > 0) {
                // class A is exactly the Pareto point of the A cut
                assertThat(analysis.inClass(AbcClass.A))
                    .hasSize(analysis.paretoPoint(cuts.a()).accounts());
              }
            });
  }

  @Test
  void of_moreRevenueForOneAccount_neverLowersItsClass() {
    qt().forAll(revenues(), integers().between(0, 1000), integers().between(1, 60), cutPoints())
        .checkAssert(
            (revenues, pick, extra, cuts) -> {
              int i = pick % revenues.size();
              List<Integer> more = new ArrayList<>(revenues);
              more.set(i, revenues.get(i) + extra);
              String key = "k" + (char) ('a' + i);
              AbcClass was =
                  ParetoAnalysis.of(accounts(revenues), cuts).find(key).orElseThrow().abcClass();
              AbcClass now =
                  ParetoAnalysis.of(accounts(more), cuts).find(key).orElseThrow().abcClass();
              assertThat(now.atLeast(was)).as("%s then %s", was, now).isTrue();
            });
  }
}
