package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LadderKey VALUE = LadderKey.of("value");
  private static final LadderKey LOYALTY = LadderKey.of("会员等级");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
  private static final String TEXT =
      """
      # key accounts, as approved by the sales director
      ruleset key-accounts version 3

      ladder value grace 30
        A: spend_365d >= 100000 CNY and orders_365d >= 5
        # B needs spend only
        B: spend_365d >= 20000 CNY
        C: true
      ladder 会员等级
        钻石: spend_365d >= 500000 CNY or tags contains "strategic"
        普通: true
      segment big-spenders: spend_365d >= 50000 CNY
      segment dormant: days_since_last_order > 180 and not (tags contains "strategic")
      lifecycle recency at_risk 90 factor 2.5 churn_after 180
      """;

  private static final Conditions C = Conditions.standard();

  @Test
  void parse_everySection_readsTheSameAstAsTheJavaDsl() {
    RuleSet dsl =
        RuleSet.builder("key-accounts", 3)
            .ladder(
                VALUE,
                30,
                List.of(
                    threshold(
                        "A",
                        Conditions.all(
                            C.amount("spend_365d", Comparison.GE, Money.of("100000", "CNY")),
                            C.compare(
                                C.number("orders_365d"), Comparison.GE, Conditions.value(5)))),
                    threshold("B", C.amount("spend_365d", Comparison.GE, Money.of("20000", "CNY"))),
                    threshold("C", new Condition.Constant(true))))
            .ladder(
                LOYALTY,
                List.of(
                    threshold(
                        "钻石",
                        Conditions.any(
                            C.amount("spend_365d", Comparison.GE, Money.of("500000", "CNY")),
                            C.contains("tags", "strategic"))),
                    threshold("普通", new Condition.Constant(true))))
            .segment(
                "big-spenders", C.amount("spend_365d", Comparison.GE, Money.of("50000", "CNY")))
            .segment(
                "dormant",
                Conditions.all(
                    C.compare(
                        C.number("days_since_last_order"), Comparison.GT, Conditions.value(180)),
                    new Condition.Negation(C.contains("tags", "strategic"))))
            .lifecycle(new RuleSet.Recency(90, 2.5, 180))
            .build();

    RuleSet parsed = RuleSet.parse(TEXT);

    assertThat(parsed).isEqualTo(dsl).hasSameHashCodeAs(dsl);
    assertThat(parsed.id()).isEqualTo("key-accounts");
    assertThat(parsed.version()).isEqualTo(3);
    assertThat(parsed.ladders())
        .extracting(RuleSet.Ladder::key, RuleSet.Ladder::downgradeGraceDays)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(VALUE, 30),
            org.assertj.core.groups.Tuple.tuple(LOYALTY, null));
    assertThat(parsed.segments())
        .extracting(RuleSet.Segment::name)
        .containsExactly("big-spenders", "dormant");
    assertThat(parsed.lifecycle()).contains(new RuleSet.Recency(90, 2.5, 180));
  }

  @Test
  void toText_everySection_readsBackEqual() {
    RuleSet parsed = RuleSet.parse(TEXT);

    String written = parsed.toText();

    assertThat(RuleSet.parse(written)).isEqualTo(parsed);
    assertThat(written)
        .startsWith("ruleset key-accounts version 3\nladder value grace 30\n  A: spend_365d >= ")
        .contains("\nladder 会员等级\n  钻石: ")
        .contains("\nsegment big-spenders: spend_365d >= 50000")
        .endsWith("\nlifecycle recency at_risk 90 factor 2.5 churn_after 180\n");
    RuleSet minimal = RuleSet.parse("ruleset tiny version 1\nladder value\n  C: true\n");
    assertThat(minimal.toText()).isEqualTo("ruleset tiny version 1\nladder value\n  C: true\n");
    assertThat(minimal.lifecycle()).isEmpty();
    assertThat(minimal.segments()).isEmpty();
  }

  @Test
  void rules_carryTheVersionInTheirIdsExceptSegmentsWhichDynamicSegmentsName() {
    RuleSet set = RuleSet.parse(TEXT);

    assertThat(set.tieringRules())
        .extracting(TieringRule::id, TieringRule::ladder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("key-accounts@3/value", VALUE),
            org.assertj.core.groups.Tuple.tuple("key-accounts@3/会员等级", LOYALTY));
    assertThat(set.segmentRules())
        .extracting(SegmentRule::id)
        .containsExactly("big-spenders", "dormant");
    assertThat(set.lifecycleRule().map(LifecycleRule::toString).orElseThrow())
        .contains("key-accounts@3/lifecycle");
  }

  @Test
  void registerOn_kitGradesWithTheVersionedRuleAndHistoryRecordsIt() {
    RuleSet set = RuleSet.parse(TEXT);
    CrmKit crm =
        set.registerOn(
                CrmKit.builder()
                    .store(InMemoryCrmStore.create())
                    .clock(Clock.fixed(NOW, SHANGHAI))
                    .tenants(TenantDirectory.of(TENANT)))
            .build();
    crm.tiers()
        .defineLadder(TierLadder.ranked(TENANT, VALUE, "C", "B", "A").withDowngradeGrace(30));
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, LOYALTY, "普通", "钻石"));
    set.checkAgainst(crm.tiers().ladders(TENANT));
    CustomerId customer = crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    crm.activities()
        .recordOrder(
            TENANT, customer, Money.of("30000", "CNY"), NOW.atZone(SHANGHAI).toLocalDate());

    crm.tiers().reevaluate(TENANT, customer);

    assertThat(crm.tiers().tierOf(TENANT, customer, VALUE)).contains(TierCode.of("B"));
    assertThat(
            crm.tiers()
                .history(TENANT, customer)
                .orElseThrow()
                .current(VALUE)
                .orElseThrow()
                .source()
                .ruleId())
        .isEqualTo("key-accounts@3/value");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          empty text              | ``                                                        | 1 | 1  | expected 'ruleset NAME version N' but the text is empty
          no header               | ladder value\\n  C: true                                   | 1 | 1  | expected 'ruleset NAME version N' first but found 'ladder'
          malformed header        | ruleset x release 3                                       | 1 | 11 | expected 'ruleset NAME version N' but found 'ruleset x release 3'
          name with @             | ruleset a@b version 3                                     | 1 | 9  | expected a rule set name without '@'
          version zero            | ruleset x version 0                                       | 1 | 19 | expected a version, a whole number from 1 but found '0'
          version not a number    | ruleset x version three                                   | 1 | 19 | expected a version, a whole number from 1 but found 'three'
          negative version        | # c\\nruleset x version -2                                 | 2 | 19 | but found '-2'
          second header           | ruleset x version 1\\nruleset x version 2                  | 2 | 1  | expected one 'ruleset NAME version N' line, at the top
          unknown section         | ruleset x version 1\\ntier value                           | 2 | 1  | expected 'ladder', 'segment' or 'lifecycle' but found 'tier'
          stray indented line     | ruleset x version 1\\n   C: true                           | 2 | 4  | indented 'TIER: condition' lines belong under a 'ladder' line
          malformed ladder        | ruleset x version 1\\nladder value 30\\n  C: true           | 2 | 14 | expected 'ladder KEY' or 'ladder KEY grace DAYS'
          negative grace          | ruleset x version 1\\nladder value grace -3\\n  C: true     | 2 | 20 | expected the grace in days, a whole number from 0 to 3660 but found '-3'
          grace with unit         | ruleset x version 1\\nladder value grace 30d\\n  C: true    | 2 | 20 | but found '30d'
          ladder without tiers    | ruleset x version 1\\nladder value\\nsegment s: true        | 2 | 8  | expected indented 'TIER: condition' lines under ladder 'value'
          ladder twice            | ruleset x version 1\\nladder v\\n  C: true\\nladder v\\n  C: true | 4 | 8 | expected each ladder once but ladder 'v' is already on line 2
          bad threshold field     | ruleset x version 1\\nladder v\\n  A: orders_12m > 3\\n  C: true | 3 | 6 | unknown field 'orders_12m'
          threshold without colon | ruleset x version 1\\nladder v\\n  A orders_365d > 3\\n  C: true | 3 | 1 | expected 'TIER: condition'
          last tier not true      | ruleset x version 1\\nladder v\\n  A: orders_365d > 3\\n\\n  B: orders_365d > 1 | 5 | 1 | expected the last line to be 'TIER: true'
          tier twice              | ruleset x version 1\\nladder v\\n  A: orders_365d > 3\\n  A: true | 4 | 3 | expected each tier once but A is already on line 3
          segment without colon   | ruleset x version 1\\nsegment big spend_365d > 1           | 2 | 27 | expected 'segment NAME: condition'
          segment two-word name   | ruleset x version 1\\nsegment big spenders: true           | 2 | 8  | expected 'segment NAME: condition' with a one-word name
          segment twice           | ruleset x version 1\\nsegment s: true\\nsegment  s: false  | 3 | 10 | expected each segment once but segment 's' is already on line 2
          segment condition       | ruleset x version 1\\nsegment s: spend_365d >= 5 CNY and   | 2 | 35 | expected a number, a field or
          segment money arithmetic| ruleset x version 1\\nsegment s: spend_365d + 1 > 2         | 2 | 23 | is money and cannot be used in arithmetic
          lifecycle malformed     | ruleset x version 1\\nlifecycle recency at_risk 90 churn_after 180 | 2 | 30 | expected 'lifecycle recency at_risk DAYS factor K churn_after DAYS'
          lifecycle bad factor    | ruleset x version 1\\nlifecycle recency at_risk 90 factor -1 churn_after 9 | 2 | 37 | expected a factor of at least 0 but found '-1'
          lifecycle zero days     | ruleset x version 1\\nlifecycle recency at_risk 0 factor 1 churn_after 9 | 2 | 27 | expected days at risk, a whole number from 1 but found '0'
          lifecycle extra word    | ruleset x version 1\\nlifecycle recency at_risk 9 factor 1 churn_after 9 x | 2 | 52 | expected the end of the lifecycle line
          lifecycle twice         | ruleset x version 1\\nlifecycle recency at_risk 9 factor 1 churn_after 9\\nlifecycle recency at_risk 9 factor 1 churn_after 9 | 3 | 1 | already on line 2
          """)
  void parse_error_givesLineColumnAndWhatWasExpected(
      String kind, String text, int line, int column, String expected) {
    assertThatThrownBy(() -> RuleSet.parse(text.replace("\\n", "\n")))
        .as(kind)
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).as("%s: line of %s", kind, e.getMessage()).isEqualTo(line);
              assertThat(e.column()).as("%s: column of %s", kind, e.getMessage()).isEqualTo(column);
            })
        .hasMessageContaining(expected);
  }

  @Test
  void parse_errorInALadder_namesTheVersionedRule() {
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    "ruleset key-accounts version 3\nladder value\n  A: nope > 1\n  C: true"))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class, e -> assertThat(e.rule()).isEqualTo("key-accounts@3/value"));
  }

  @Test
  void builder_setNameAndLadderTooLongForARuleId_isRefusedNamingId() {
    List<TieringRules.Threshold> tiers = List.of(threshold("C", new Condition.Constant(true)));
    String name = "n".repeat(60);

    assertThatThrownBy(() -> RuleSet.builder(name, 1).ladder(VALUE, tiers).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"))
        .hasMessageContaining(name + "@1/value");
    assertThat(RuleSet.builder("n".repeat(50), 1).ladder(VALUE, tiers).build().tieringRules())
        .extracting(TieringRule::id)
        .containsExactly("n".repeat(50) + "@1/value");
  }

  @Test
  void parse_setNameAndLadderTooLongForARuleId_failsOnTheLadderLine() {
    String text =
        "ruleset " + "n".repeat(60) + " version 1\n\nladder value\n  A: orders_365d > 1\n  C: true";

    assertThatThrownBy(() -> RuleSet.parse(text))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(8);
            })
        .hasMessageContaining("n".repeat(60) + "@1/value");
  }

  @Test
  void builder_setNameTooLongForTheLifecycleRuleId_isRefusedNamingId() {
    String name = "n".repeat(50);

    assertThatThrownBy(
            () -> RuleSet.builder(name, 1).lifecycle(new RuleSet.Recency(90, 3, 180)).build())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"))
        .hasMessageContaining(name + "@1/lifecycle");
    assertThat(
            RuleSet.builder("n".repeat(40), 1)
                .lifecycle(new RuleSet.Recency(90, 3, 180))
                .build()
                .lifecycleRule())
        .hasValueSatisfying(
            rule -> assertThat(rule.id()).isEqualTo("n".repeat(40) + "@1/lifecycle"));
  }

  @Test
  void parse_setNameTooLongForTheLifecycleRuleId_failsOnTheLifecycleLine() {
    String text =
        "ruleset "
            + "n".repeat(50)
            + " version 1\n\nlifecycle recency at_risk 90 factor 3 churn_after 180";

    assertThatThrownBy(() -> RuleSet.parse(text))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(1);
            })
        .hasMessageContaining("n".repeat(50) + "@1/lifecycle");
  }

  @Test
  void builder_duplicateNamesAndBadVersion_listsEveryProblem() {
    List<TieringRules.Threshold> tiers = List.of(threshold("C", new Condition.Constant(true)));

    assertThatThrownBy(
            () ->
                RuleSet.builder("key accounts", 0)
                    .ladder(VALUE, tiers)
                    .ladder(VALUE, 7, tiers)
                    .segment("s", new Condition.Constant(true))
                    .segment("s", new Condition.Constant(false))
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("id", "version", "ladders", "segments"));
    assertThatThrownBy(() -> RuleSet.builder("x", 1).ladder(VALUE, -1, tiers))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("downgradeGraceDays"));
    assertThatThrownBy(
            () ->
                RuleSet.builder("x", 1)
                    .ladder(VALUE, List.of(threshold("A", C.contains("tags", "vip")))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must end with the condition true");
  }

  @Test
  void checkAgainst_storedLadders_listsMissingLaddersTiersAndADisagreeingGrace() {
    RuleSet set = RuleSet.parse(TEXT);
    TierLadder value = TierLadder.ranked(TENANT, VALUE, "C", "B").withDowngradeGrace(14);

    assertThatThrownBy(() -> set.checkAgainst(List.of(value)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(Object::toString)
                    .containsExactly(
                        "ladders.value.tier must be a tier of ladder value but was 'A'",
                        "ladders.value.grace must equal the stored ladder's downgrade grace of 14"
                            + " days; the stored ladder decides, change it with"
                            + " TierService.defineLadder or change the text but was '30'",
                        "ladders.会员等级 must be a stored ladder but was '会员等级'"));
  }

  @Test
  void checkAgainst_noGraceInTheText_acceptsAnyStoredGrace() {
    RuleSet set =
        RuleSet.parse("ruleset x version 1\nladder value\n  B: orders_365d > 1\n  C: true");

    set.checkAgainst(List.of(TierLadder.ranked(TENANT, VALUE, "C", "B").withDowngradeGrace(90)));
    set.checkAgainst(List.of(TierLadder.ranked(TENANT, VALUE, "C", "B")));
  }

  @Test
  void publicMethods_nullArguments_throwNullPointer() {
    RuleSet set = RuleSet.parse(TEXT);
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester()
            .setDefault(String.class, "x")
            .setDefault(LadderKey.class, VALUE)
            .setDefault(Condition.class, new Condition.Constant(true))
            .setDefault(List.class, List.of(threshold("C", new Condition.Constant(true))))
            .setDefault(Fields.class, Fields.standard())
            .setDefault(RuleSet.Recency.class, new RuleSet.Recency(9, 1, 9));
    tester.testAllPublicStaticMethods(RuleSet.class);
    tester.testAllPublicConstructors(RuleSet.Ladder.class);
    tester.testAllPublicConstructors(RuleSet.Segment.class);
    tester.testAllPublicInstanceMethods(set);
    tester.testAllPublicInstanceMethods(RuleSet.builder("x", 1));
  }

  private static TieringRules.Threshold threshold(String tier, Condition condition) {
    return new TieringRules.Threshold(TierCode.of(tier), condition);
  }
}
