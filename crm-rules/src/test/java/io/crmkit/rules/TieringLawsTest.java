package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Laws of threshold ladders: total (every customer gets a tier of the ladder), monotonic, and the
 * reason-free fast path agrees with the full decision.
 */
class TieringLawsTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 9));
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final TierLadder LADDER = TierLadder.ranked(TENANT, GRADE, "C", "B", "A");
  private static final TieringRule RULE =
      TieringRules.parse(
          "spend",
          GRADE,
          "A: spend_365d >= 100000 CNY and orders_365d >= 5\nB: spend_365d >= 20000 CNY or orders_365d >= 10\nC: true",
          Fields.standard());

  private static TierDecision decide(List<Integer> amounts) {
    return RULE.decide(customer(), facts(amounts), AS_OF);
  }

  private static CustomerSnapshot customer() {
    return Customer.register(ID, NewCustomer.organization(TENANT, "客户"), NOW).snapshot();
  }

  private static CustomerFacts facts(List<Integer> amounts) {
    List<RecordedActivity> history = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      Order order =
          Order.of(
              TENANT,
              ID,
              Money.of(String.valueOf(amounts.get(i)), "CNY"),
              AS_OF.minusDays(i % 300));
      history.add(new RecordedActivity(ActivityId.of(new UUID(1, i)), NOW, order));
    }
    return CustomerFacts.rebuild(TENANT, ID, history);
  }

  @Test
  void everyCustomer_getsExactlyOneTierOfTheLadder() {
    TieringRules.checkAgainst(RULE, LADDER);
    qt().forAll(lists().of(integers().between(1, 60_000)).ofSizeBetween(0, 15))
        .checkAssert(amounts -> assertThat(LADDER.tier(decide(amounts).tier())).isPresent());
  }

  @Test
  void decideTier_withoutReason_isAlwaysTheTierOfDecide() {
    qt().forAll(lists().of(integers().between(1, 60_000)).ofSizeBetween(0, 15))
        .checkAssert(
            amounts ->
                assertThat(RULE.decideTier(customer(), facts(amounts), AS_OF))
                    .isEqualTo(decide(amounts).tier()));
  }

  @Test
  void anotherOrder_neverLowersTheTier() {
    qt().forAll(
            lists().of(integers().between(1, 60_000)).ofSizeBetween(0, 14),
            integers().between(1, 60_000))
        .checkAssert(
            (amounts, extra) -> {
              List<Integer> more = new ArrayList<>(amounts);
              more.add(extra);
              TierCode before = decide(amounts).tier();
              TierCode after = decide(more).tier();
              assertThat(LADDER.compare(after, before)).isGreaterThanOrEqualTo(0);
            });
  }
}
