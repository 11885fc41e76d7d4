package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.TierService.TierEvaluation;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieringRulesTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, SHANGHAI);
  private static final String LADDER_TEXT =
      """
      # grade by 12-month spend
      A: spend_365d >= 100000 CNY and orders_365d >= 5
      B: spend_365d >= 20000 CNY

      C: true
      """;

  private final List<CrmEvent> events = new ArrayList<>();
  private final TieringRule rule =
      TieringRules.parse("spend-12m", GRADE, LADDER_TEXT, Fields.standard());
  private final CrmKit crm =
      CrmKit.builder()
          .store(InMemoryCrmStore.create())
          .clock(Clock.fixed(NOW, SHANGHAI))
          .tenants(TenantDirectory.of(TENANT))
          .tieringRule(rule)
          .listener(events::add)
          .build();

  @Test
  void reevaluate_gradesOnGroupFacts_withTheDecidingFactsInTheReason() {
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    CustomerId group = crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    CustomerId plant =
        crm.customers().register(NewCustomer.organization(TENANT, "苏州工厂").parent(group));
    for (int i = 0; i < 3; i++) {
      crm.activities()
          .recordOrder(TENANT, group, Money.of("30000", "CNY"), TODAY.minusDays(30L * i));
      crm.activities()
          .recordOrder(TENANT, plant, Money.of("10000", "CNY"), TODAY.minusDays(30L * i + 5));
    }

    List<TierEvaluation> evaluations = crm.tiers().reevaluate(TENANT, group);

    assertThat(evaluations)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(TierOutcome.ASSIGNED);
              assertThat(e.decision().tier()).isEqualTo(TierCode.of("A"));
              assertThat(e.decision().reason())
                  .isEqualTo(
                      "spend_365d = 120000.00 CNY, orders_365d = 6 → A (spend_365d >= 100000.00 CNY and orders_365d >= 5)");
            });
    assertThat(
            crm.tiers()
                .history(TENANT, group)
                .orElseThrow()
                .current(GRADE)
                .orElseThrow()
                .source()
                .ruleId())
        .isEqualTo("spend-12m");
    assertThat(crm.tiers().reevaluate(TENANT, plant).get(0).decision().tier())
        .isEqualTo(TierCode.of("B"));
  }

  @Test
  void reevaluate_twice_recordsOnlyTheRealChange() {
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    CustomerId customer = crm.customers().register(NewCustomer.organization(TENANT, "Globex"));

    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.UNCHANGED);
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(1);
    assertThat(crm.tiers().tierOf(TENANT, customer, GRADE)).contains(TierCode.of("C"));
  }

  @Test
  void reevaluate_respectsAManualLock() {
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    CustomerId customer =
        crm.customers().register(NewCustomer.organization(TENANT, "Strategic Co"));
    crm.tiers()
        .assignManually(
            TENANT,
            customer,
            GRADE,
            TierCode.of("A"),
            "strategic account",
            UserRef.of("director"),
            NOW.plus(Duration.ofDays(90)));

    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.LOCKED);
    assertThat(crm.tiers().tierOf(TENANT, customer, GRADE)).contains(TierCode.of("A"));
  }

  @Test
  void parse_errorsNameTheLineAndColumn() {
    assertThatThrownBy(
            () ->
                TieringRules.parse(
                    "r",
                    GRADE,
                    "A: spend_365d >= 1 CNY\nB: orders_12m > 3\nC: true",
                    Fields.standard()))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(4);
            })
        .hasMessageContaining("unknown field 'orders_12m'");
    assertThatThrownBy(
            () ->
                TieringRules.parse(
                    "r", GRADE, "A: orders_365d > 3\nB: orders_365d > 1", Fields.standard()))
        .isInstanceOfSatisfying(RuleSyntaxException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageContaining("last line to be 'TIER: true'");
    assertThatThrownBy(() -> TieringRules.parse("r", GRADE, "no colon here", Fields.standard()))
        .hasMessageContaining("expected 'TIER: condition'");
  }

  @Test
  void checkAgainst_tiersMissingFromTheLadder_areListed() {
    assertThatThrownBy(
            () -> TieringRules.checkAgainst(rule, TierLadder.ranked(TENANT, GRADE, "C", "B")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString("tier must be a tier of ladder grade but was 'A'"));
  }

  @Test
  void builder_twoRulesForOneLadder_isRefused() {
    assertThatThrownBy(() -> CrmKit.builder().tieringRule(rule).tieringRule(rule))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void thresholds_idTooLongForTheRuleActor_isRefusedAtBuildTimeNamingId() {
    List<TieringRules.Threshold> tiers =
        List.of(new TieringRules.Threshold(TierCode.of("C"), new Condition.Constant(true)));
    String longest = "r".repeat(64 - "rule:".length());
    String tooLong = longest + "x";

    TieringRule fits = TieringRules.thresholds(longest, GRADE, tiers);
    CrmKit withLongest =
        CrmKit.builder()
            .store(InMemoryCrmStore.create())
            .clock(Clock.fixed(NOW, SHANGHAI))
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(fits)
            .build();
    withLongest.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    CustomerId customer =
        withLongest.customers().register(NewCustomer.organization(TENANT, "Globex"));
    assertThat(withLongest.tiers().reevaluate(TENANT, customer)).isNotEmpty();

    assertThatThrownBy(() -> TieringRules.thresholds(tooLong, GRADE, tiers))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"))
        .hasMessageContaining(tooLong);
    assertThatThrownBy(() -> TieringRules.parse(tooLong, GRADE, "C: true", Fields.standard()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"));
  }
}
