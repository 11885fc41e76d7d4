package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hand-checked scores of both methods, and the inputs they reject. */
class RfmScoringTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 7));
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private static RfmInput input(String key, long recency, long frequency, long monetary) {
    return new RfmInput(key, recency, frequency, BigDecimal.valueOf(monetary));
  }

  /** Customers c1..cN whose recency days, order counts and money all equal their number. */
  private static List<RfmInput> oneToN(int n) {
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      inputs.add(input("c" + i, i, i, i));
    }
    return inputs;
  }

  private static List<Integer> recency(List<RfmScore> scores) {
    return scores.stream().map(RfmScore::recency).toList();
  }

  private static List<Integer> frequency(List<RfmScore> scores) {
    return scores.stream().map(RfmScore::frequency).toList();
  }

  private static List<Integer> monetary(List<RfmScore> scores) {
    return scores.stream().map(RfmScore::monetary).toList();
  }

  @Test
  void quantile_oneToTen_usesRBreaksPlusOne() {
    // type 7 quantiles of 1..10 at .2/.4/.6/.8 are 2.8, 4.6, 6.4, 8.2; the breaks add one
    assertThat(RfmScoring.quantileBreaks(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5))
        .containsExactly(3.8, 5.6, 7.4, 9.2);
    List<RfmScore> scores = RfmScoring.score(oneToN(10), RfmMethod.QUANTILE, 5);
    assertThat(frequency(scores)).containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 4, 5);
    assertThat(monetary(scores)).containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 4, 5);
    assertThat(recency(scores)).containsExactly(5, 5, 5, 4, 4, 3, 3, 2, 2, 1);
  }

  @Test
  void quantile_ties_scoreEqualAndMaySkipAScore() {
    // quantiles of (1,1,1,1,2,2,3,5) are 1, 1, 2, 2.6, so the breaks are 2, 2, 3, 3.6
    long[] orders = {1, 1, 1, 1, 2, 2, 3, 5};
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 0; i < orders.length; i++) {
      inputs.add(input("c" + i, 10, orders[i], 100));
    }
    List<RfmScore> scores = RfmScoring.score(inputs, RfmMethod.QUANTILE, 5);
    assertThat(frequency(scores)).containsExactly(1, 1, 1, 1, 3, 3, 4, 5);
    assertThat(recency(scores)).containsOnly(5);
    assertThat(monetary(scores)).containsOnly(1);
  }

  @Test
  void quantile_singleCustomer_scoresLikeR() {
    RfmScore only = RfmScoring.score(List.of(input("a", 30, 2, 50)), RfmMethod.QUANTILE, 5).get(0);
    assertThat(List.of(only.recency(), only.frequency(), only.monetary())).containsExactly(5, 1, 1);
    assertThat(only.cell()).isEqualTo(511);
  }

  @Test
  void ntile_sevenCustomers_largerTilesFirst() {
    List<RfmScore> scores = RfmScoring.score(oneToN(7), RfmMethod.NTILE, 5);
    assertThat(frequency(scores)).containsExactly(1, 1, 2, 2, 3, 4, 5);
    assertThat(monetary(scores)).containsExactly(1, 1, 2, 2, 3, 4, 5);
    // ORDER BY recency DESC: 7 and 6 days form tile 1, the 1-day customer tile 5
    assertThat(recency(scores)).containsExactly(5, 4, 3, 2, 2, 1, 1);
  }

  @Test
  void ntile_ties_splitInInputOrderAsSqlMay() {
    List<RfmInput> inputs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      inputs.add(input("c" + i, 10, 3, 100));
    }
    List<RfmScore> scores = RfmScoring.score(inputs, RfmMethod.NTILE, 5);
    assertThat(frequency(scores)).containsExactly(1, 2, 3, 4, 5);
    assertThat(recency(scores)).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void ntile_fewerCustomersThanBins_oneCustomerPerTile() {
    List<RfmScore> scores = RfmScoring.score(oneToN(3), RfmMethod.NTILE, 5);
    assertThat(frequency(scores)).containsExactly(1, 2, 3);
    assertThat(recency(scores)).containsExactly(3, 2, 1);
  }

  @Test
  void ntile_twelveCustomersFourBins_sizesThreeEach() {
    List<RfmScore> scores = RfmScoring.score(oneToN(12), RfmMethod.NTILE, 4);
    assertThat(monetary(scores)).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4);
  }

  @Test
  void score_emptyInputAndBadBins_listsBothProblems() {
    assertThatThrownBy(() -> RfmScoring.score(List.of(), RfmMethod.QUANTILE, 11))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("inputs", "bins"));
  }

  @Test
  void score_repeatedCustomer_throwsValidation() {
    assertThatThrownBy(
            () ->
                RfmScoring.score(
                    List.of(input("a", 1, 1, 1), input("a", 2, 2, 2)), RfmMethod.NTILE, 5))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not repeat a customer but was 'a'");
  }

  @Test
  void input_zeroOrdersAndNegatives_listsEveryProblem() {
    assertThatThrownBy(() -> new RfmInput(" ", -1, 0, new BigDecimal("-5")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("customer", "recencyDays", "frequency", "monetary"));
  }

  @Test
  void score_outOfRange_throwsValidation() {
    RfmInput in = input("a", 1, 1, 1);
    assertThatThrownBy(() -> new RfmScore(in, 0, 11, 3))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("recency", "frequency"));
  }

  @Test
  void of_customerFacts_readsLifetimeMeasuresAtAsOf() {
    List<RecordedActivity> history =
        List.of(
            order(1, "100.00", "CNY", AS_OF.minusDays(40)),
            order(2, "250.50", "CNY", AS_OF.minusDays(12)),
            order(3, "99.00", "USD", AS_OF.minusDays(400)));
    RfmInput in = RfmInput.of(CustomerFacts.rebuild(TENANT, ID, history), CNY, AS_OF);
    assertThat(in.customer()).isEqualTo(ID.toString());
    assertThat(in.recencyDays()).isEqualTo(12);
    assertThat(in.frequency()).isEqualTo(3);
    assertThat(in.monetary()).isEqualByComparingTo("350.50");
  }

  @Test
  void of_zeroOrders_throwsValidation() {
    CustomerFacts none = CustomerFacts.empty(TENANT, ID);
    assertThatThrownBy(() -> RfmInput.of(none, CNY, AS_OF))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("frequency"));
  }

  @Test
  void of_asOfBeforeLastOrder_throwsValidation() {
    CustomerFacts facts =
        CustomerFacts.rebuild(TENANT, ID, List.of(order(1, "10.00", "CNY", AS_OF)));
    assertThatThrownBy(() -> RfmInput.of(facts, CNY, AS_OF.minusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("recencyDays"));
  }

  private static RecordedActivity order(int n, String amount, String currency, LocalDate day) {
    return new RecordedActivity(
        ActivityId.of(new UUID(1, n)),
        Instant.parse("2026-06-30T00:00:00Z"),
        Order.of(TENANT, ID, Money.of(amount, currency), day));
  }
}
