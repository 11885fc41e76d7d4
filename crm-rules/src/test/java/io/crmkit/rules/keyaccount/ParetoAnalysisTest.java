package io.crmkit.rules.keyaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hand-checked Pareto shares, ABC classes and group roll-ups, and the inputs they reject. */
class ParetoAnalysisTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 7));
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static AccountRevenue account(String key, long revenue) {
    return AccountRevenue.of(key, BigDecimal.valueOf(revenue));
  }

  private static AccountRevenue child(String key, long revenue, String parent) {
    return new AccountRevenue(key, BigDecimal.valueOf(revenue), BigDecimal.ZERO, 0, false, parent);
  }

  private static List<String> keys(ParetoAnalysis analysis) {
    return analysis.shares().stream().map(AccountShare::key).toList();
  }

  private static List<AbcClass> classes(ParetoAnalysis analysis) {
    return analysis.shares().stream().map(AccountShare::abcClass).toList();
  }

  @Test
  void of_revenueReachingEachCutExactly_nextAccountFallsToTheNextClass() {
    // cumulative 50, 80, 95, 100 of 100: b reaches 80% exactly and stays A; c starts at 80% → B;
    // c reaches 95% exactly and stays B; d starts at 95% → C
    ParetoAnalysis analysis =
        ParetoAnalysis.of(
            List.of(account("d", 5), account("b", 30), account("a", 50), account("c", 15)));

    assertThat(keys(analysis)).containsExactly("a", "b", "c", "d");
    assertThat(classes(analysis)).containsExactly(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.C);
    assertThat(analysis.shares().stream().map(AccountShare::share).toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("0.5"),
            new BigDecimal("0.3"),
            new BigDecimal("0.15"),
            new BigDecimal("0.05"));
    assertThat(analysis.shares().stream().map(AccountShare::cumulativeShare).toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("0.5"), new BigDecimal("0.8"), new BigDecimal("0.95"), BigDecimal.ONE);
    assertThat(analysis.shares().stream().map(AccountShare::rank).toList())
        .containsExactly(1, 2, 3, 4);
    assertThat(analysis.totalRevenue()).isEqualByComparingTo("100");
  }

  @Test
  void of_accountCrossingTheCut_isClassedAboveIt() {
    // cumulative before b is 60% (< 80%), after b 90%: b crosses the A cut and is A; c starts at
    // 90% (< 95%) and crosses the B cut, so it is B
    ParetoAnalysis analysis =
        ParetoAnalysis.of(List.of(account("a", 60), account("b", 30), account("c", 10)));

    assertThat(classes(analysis)).containsExactly(AbcClass.A, AbcClass.A, AbcClass.B);
  }

  @Test
  void of_customCutPoints_classesByThem() {
    ParetoAnalysis analysis =
        ParetoAnalysis.of(
            List.of(account("a", 60), account("b", 30), account("c", 10)),
            AbcCutPoints.of("0.5", "0.6"));

    // a crosses 50% → A; b starts at 60%, not below 60% → C
    assertThat(classes(analysis)).containsExactly(AbcClass.A, AbcClass.C, AbcClass.C);
    assertThat(analysis.inClass(AbcClass.C))
        .extracting(AccountShare::key)
        .containsExactly("b", "c");
  }

  @Test
  void of_tiedRevenue_ranksByKey() {
    ParetoAnalysis analysis =
        ParetoAnalysis.of(
            List.of(account("y", 10), account("x", 10), account("z", 10), account("w", 10)));

    assertThat(keys(analysis)).containsExactly("w", "x", "y", "z");
    // before: 0, 25, 50, 75 → A, A, A, A (75% is still below 80%)
    assertThat(classes(analysis)).containsOnly(AbcClass.A);
    assertThat(analysis.paretoPoint(new BigDecimal("0.8")).accounts()).isEqualTo(4);
    assertThat(analysis.paretoPoint(new BigDecimal("0.5")).accounts()).isEqualTo(2);
  }

  @Test
  void of_allZeroRevenue_everyShareZeroAndEveryAccountC() {
    ParetoAnalysis analysis = ParetoAnalysis.of(List.of(account("a", 0), account("b", 0)));

    assertThat(classes(analysis)).containsOnly(AbcClass.C);
    assertThat(analysis.shares())
        .allSatisfy(
            s -> {
              assertThat(s.share()).isZero();
              assertThat(s.cumulativeShare()).isZero();
            });
    ParetoPoint point = analysis.paretoPoint(new BigDecimal("0.8"));
    assertThat(point.accounts()).isZero();
    assertThat(point.accountShare()).isZero();
  }

  @Test
  void of_zeroRevenueAccountAmongPaying_isC() {
    ParetoAnalysis analysis =
        ParetoAnalysis.of(List.of(account("a", 10), account("b", 0)), AbcCutPoints.of("0.8", "1"));

    assertThat(classes(analysis)).containsExactly(AbcClass.A, AbcClass.C);
  }

  @Test
  void of_singleAccount_takesAllRevenueAndIsA() {
    ParetoAnalysis analysis = ParetoAnalysis.of(List.of(account("only", 7)));

    AccountShare only = analysis.shares().get(0);
    assertThat(only.share()).isEqualByComparingTo("1");
    assertThat(only.cumulativeShare()).isEqualByComparingTo("1");
    assertThat(only.abcClass()).isEqualTo(AbcClass.A);
    ParetoPoint point = analysis.paretoPoint(new BigDecimal("0.8"));
    assertThat(point.accounts()).isEqualTo(1);
    assertThat(point.accountShare()).isEqualByComparingTo("1");
  }

  @Test
  void paretoPoint_eightyPercent_countsTheClassAAccounts() {
    // 10 accounts: two of 40 and eight of 2.5 (total 100): the top two make 80%
    List<AccountRevenue> accounts = new java.util.ArrayList<>();
    accounts.add(account("big1", 400));
    accounts.add(account("big2", 400));
    for (int i = 0; i < 8; i++) {
      accounts.add(account("small" + i, 25));
    }
    ParetoAnalysis analysis = ParetoAnalysis.of(accounts);

    ParetoPoint point = analysis.paretoPoint(new BigDecimal("0.8"));
    assertThat(point.accounts()).isEqualTo(2);
    assertThat(point.accountShare()).isEqualByComparingTo("0.2");
    assertThat(analysis.inClass(AbcClass.A)).hasSize(2);
    // 95% needs 800 + 6 × 25 = 950: six small accounts
    assertThat(analysis.paretoPoint(new BigDecimal("0.95")).accounts()).isEqualTo(8);
    assertThat(analysis.paretoPoint(BigDecimal.ONE).accounts()).isEqualTo(10);
  }

  @Test
  void paretoPoint_shareOutsideRange_throwsValidation() {
    ParetoAnalysis analysis = ParetoAnalysis.of(List.of(account("a", 1)));

    ValidationException e =
        catchThrowableOfType(
            () -> analysis.paretoPoint(new BigDecimal("1.5")), ValidationException.class);
    assertThat(e.fields()).containsExactly("revenueShare");
  }

  @Test
  void of_subsidiariesAnyDepth_rolledIntoTopParentAsOneAccount() {
    // p ← s1 ← s2 make 10 + 20 + 30 = 60 together, more than x alone (50)
    AccountRevenue s2 =
        new AccountRevenue("s2", BigDecimal.valueOf(30), new BigDecimal("900"), 3, true, "s1");
    AccountRevenue s1 =
        new AccountRevenue("s1", BigDecimal.valueOf(20), new BigDecimal("1200"), 1, false, "p");
    ParetoAnalysis analysis =
        ParetoAnalysis.of(List.of(s2, account("x", 50), s1, account("p", 10)));

    assertThat(keys(analysis)).containsExactly("p", "x");
    AccountShare group = analysis.shares().get(0);
    assertThat(group.account().revenue()).isEqualByComparingTo("60");
    assertThat(group.account().largestOrder()).isEqualByComparingTo("1200");
    assertThat(group.account().contractYears()).isEqualTo(3);
    assertThat(group.account().strategic()).isTrue();
    assertThat(group.account().parentAccount()).isEmpty();
    assertThat(group.members()).containsExactly("p", "s1", "s2");
    assertThat(analysis.find("s2")).contains(group);
    assertThat(analysis.find("x").map(AccountShare::members)).contains(List.of("x"));
    assertThat(analysis.find("nobody")).isEmpty();
    // 60 of 110 is below 80%, so x crosses the cut too
    assertThat(classes(analysis)).containsExactly(AbcClass.A, AbcClass.A);
  }

  @Test
  void of_everyProblem_listsThemAll() {
    ValidationException e =
        catchThrowableOfType(
            () ->
                ParetoAnalysis.of(
                    List.of(
                        child("a", 1, "b"),
                        child("b", 1, "a"),
                        child("c", 1, "ghost"),
                        account("d", 1),
                        account("d", 2))),
            ValidationException.class);

    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::rejectedValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("accounts.account", "d"),
            org.assertj.core.groups.Tuple.tuple("accounts[c].parent", "ghost"),
            org.assertj.core.groups.Tuple.tuple("accounts[a].parent", "a -> b -> a"));
  }

  @Test
  void of_chainLeadingIntoALoop_reportsTheLoopOnce() {
    ValidationException e =
        catchThrowableOfType(
            () ->
                ParetoAnalysis.of(
                    List.of(child("x", 1, "a"), child("a", 1, "b"), child("b", 1, "a"))),
            ValidationException.class);

    assertThat(e.errors()).extracting(FieldError::rejectedValue).containsExactly("a -> b -> a");
  }

  @Test
  void of_noAccounts_throwsValidation() {
    ValidationException e =
        catchThrowableOfType(() -> ParetoAnalysis.of(List.of()), ValidationException.class);

    assertThat(e.fields()).containsExactly("accounts");
  }

  @Test
  void accountRevenue_badMeasures_listsEveryProblem() {
    ValidationException e =
        catchThrowableOfType(
            () ->
                new AccountRevenue(" ", new BigDecimal("-1"), new BigDecimal("-2"), -1, false, " "),
            ValidationException.class);

    assertThat(e.fields())
        .containsExactly("account", "revenue", "largestOrder", "contractYears", "parent");
  }

  @Test
  void accountRevenue_ownParent_throwsValidation() {
    ValidationException e =
        catchThrowableOfType(() -> child("a", 1, "a"), ValidationException.class);

    assertThat(e.errors())
        .extracting(FieldError::rule)
        .containsExactly("must not be the account itself");
  }

  @Test
  void cutPoints_notIncreasingAndOutOfRange_listsEveryProblem() {
    ValidationException decreasing =
        catchThrowableOfType(() -> AbcCutPoints.of("0.9", "0.8"), ValidationException.class);
    ValidationException outside =
        catchThrowableOfType(() -> AbcCutPoints.of("0", "1.2"), ValidationException.class);

    assertThat(decreasing.fields()).containsExactly("b");
    assertThat(outside.fields()).containsExactly("a", "b");
    assertThat(AbcCutPoints.of("0.8", "1").b()).isEqualByComparingTo("1");
  }

  @Test
  void accountRevenueOf_facts_readsWindowSpendLargestOrderAndContractYears() {
    CustomerFacts facts =
        CustomerFacts.rebuild(
            TENANT,
            ID,
            List.of(
                activity(1, Order.of(TENANT, ID, Money.of("500.00", "CNY"), AS_OF.minusDays(400))),
                activity(2, Order.of(TENANT, ID, Money.of("120.00", "CNY"), AS_OF.minusDays(10))),
                activity(3, Order.of(TENANT, ID, Money.of("80.00", "CNY"), AS_OF)),
                activity(4, Order.of(TENANT, ID, Money.of("999.00", "USD"), AS_OF)),
                activity(
                    5,
                    Contract.of(
                        TENANT,
                        ID,
                        LocalDate.of(2024, 7, 1),
                        LocalDate.of(2027, 6, 30),
                        Money.of("1.00", "CNY")))));

    AccountRevenue revenue =
        AccountRevenue.of(facts, CNY, FactWindow.DAYS_365, AS_OF, true, "group-hq");

    assertThat(revenue.account()).isEqualTo(ID.toString());
    assertThat(revenue.revenue()).isEqualByComparingTo("200.00");
    assertThat(revenue.largestOrder()).isEqualByComparingTo("500.00");
    assertThat(revenue.contractYears()).isEqualTo(2);
    assertThat(revenue.strategic()).isTrue();
    assertThat(revenue.parentAccount()).contains("group-hq");
    assertThat(AccountRevenue.of(facts, CNY, FactWindow.LIFETIME, AS_OF, false, null).revenue())
        .isEqualByComparingTo("700.00");
  }

  private static RecordedActivity activity(int n, io.crmkit.core.activity.Activity activity) {
    return new RecordedActivity(
        ActivityId.of(new UUID(1, n)), Instant.parse("2026-06-30T00:00:00Z"), activity);
  }
}
