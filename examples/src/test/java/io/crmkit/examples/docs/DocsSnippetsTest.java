package io.crmkit.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.TierService.TierEvaluation;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.batch.JobId;
import io.crmkit.core.batch.JobOptions;
import io.crmkit.core.batch.JobReport;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageDecision;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TieringRule;
import io.crmkit.rules.Comparison;
import io.crmkit.rules.Condition;
import io.crmkit.rules.Conditions;
import io.crmkit.rules.Field;
import io.crmkit.rules.Fields;
import io.crmkit.rules.RuleParser;
import io.crmkit.rules.RuleSet;
import io.crmkit.rules.RuleSyntaxException;
import io.crmkit.rules.SegmentRules;
import io.crmkit.rules.Subject;
import io.crmkit.rules.TieringRules;
import io.crmkit.rules.TieringRules.Threshold;
import io.crmkit.rules.rfm.RfmInput;
import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmScore;
import io.crmkit.rules.rfm.RfmScoring;
import io.crmkit.rules.rfm.RfmSegmentTable;
import io.crmkit.spi.TenantDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The code snippets of {@code docs/}, compiled and run: each test holds one snippet as the docs
 * show it (between the {@code // docs:} and {@code // end} comments) and checks what the docs say
 * it does.
 */
class DocsSnippetsTest {
  private static final TenantId TENANT = TenantId.of("docs");
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final Instant START = Instant.parse("2026-11-25T02:00:00Z");

  private final MovableClock clock = new MovableClock(START, ZoneId.of("Asia/Shanghai"));
  private final List<CrmEvent> events = new ArrayList<>();

  // ---------------------------------------------------------------- writing-rules.md

  @Test
  void javaDsl_buildsTheSameConditionTheTextFormReads() {
    // docs: java-dsl
    Conditions c = Conditions.standard();
    Condition gold =
        c.amount("spend_365d", Comparison.GE, Money.of("100000", "CNY"))
            .and(c.compare(c.number("orders_365d"), Comparison.GE, Conditions.value(5)));
    Condition silver = c.amount("spend_365d", Comparison.GE, Money.of("20000", "CNY"));
    Condition strategic =
        Conditions.any(
            c.codeIn("industry", "manufacturing", "制造业"), c.contains("tags", "strategic"));
    TieringRule grade =
        TieringRules.thresholds(
            "grade-dsl",
            GRADE,
            List.of(
                new Threshold(TierCode.of("A"), Conditions.all(gold, strategic)),
                new Threshold(TierCode.of("B"), silver.or(gold)),
                new Threshold(TierCode.of("C"), new Condition.Constant(true))));
    // end

    Condition parsed =
        RuleParser.over(Fields.standard())
            .parse("gold", "spend_365d >= 100000 CNY and orders_365d >= 5");
    assertThat(gold).isEqualTo(parsed);
    assertThat(gold.toString()).isEqualTo("(spend_365d >= 100000.00 CNY and orders_365d >= 5)");
    assertThat(grade.ladder()).isEqualTo(GRADE);
  }

  @Test
  void textForm_readsEveryKindOfCondition() {
    // docs: text-form
    RuleParser parser = RuleParser.over(Fields.standard());
    Condition a = parser.parse("big", "spend_365d >= 100000 CNY and orders_365d >= 5");
    Condition b =
        parser.parse(
            "mfg", "industry in (\"manufacturing\", \"制造业\") or tags contains \"strategic\"");
    Condition d = parser.parse("quiet", "not (days_since_last_order <= 90) and satisfaction >= 4");
    Condition e = parser.parse("pace", "orders_90d * 4 >= orders_365d + 2");
    Condition f = parser.parse("region", "region != \"east\" and size_band = \"large\"");
    // end

    assertThat(List.of(a, b, d, e, f).toString())
        .isEqualTo(
            "[(spend_365d >= 100000.00 CNY and orders_365d >= 5),"
                + " (industry in (\"manufacturing\", \"制造业\") or tags contains \"strategic\"),"
                + " (not days_since_last_order <= 90 and satisfaction >= 4),"
                + " (orders_90d * 4) >= (orders_365d + 2),"
                + " (not region in (\"east\") and size_band in (\"large\"))]");
  }

  @Test
  void textForm_errorsNameTheLineColumnAndWhatWasExpected() {
    RuleParser parser = RuleParser.over(Fields.standard());

    // docs: errors
    assertThatThrownBy(() -> parser.parse("big", "spend_365d >= 100000"))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessage(
            "rule 'big', line 1, column 21: expected a currency code after 100000, like CNY"
                + " but found the end of the rule");
    assertThatThrownBy(() -> parser.parse("pace", "orders_365d >= 5 or"))
        .hasMessage(
            "rule 'pace', line 1, column 20: expected a number, a field or '(' but found the end"
                + " of the rule");
    assertThatThrownBy(() -> parser.parse("mfg", "industry >= \"manufacturing\""))
        .hasMessage(
            "rule 'mfg', line 1, column 10: industry is a code: compare it with =, != or in (...)");
    assertThatThrownBy(() -> parser.parse("money", "spend_365d * 2 >= 100000 CNY"))
        .hasMessage(
            "rule 'money', line 1, column 12: spend_365d is money and cannot be used in"
                + " arithmetic; compare it with an amount like 100000 CNY");
    // end
  }

  @Test
  void textForm_unknownFieldListsTheKnownOnes() {
    RuleSyntaxException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuleSyntaxException.class,
            () -> RuleParser.over(Fields.standard()).parse("r", "spend_1y >= 5"));

    assertThat(error.line()).isEqualTo(1);
    assertThat(error.column()).isEqualTo(1);
    assertThat(error.getMessage())
        .startsWith("rule 'r', line 1, column 1: unknown field 'spend_1y'; known fields are [")
        .contains("orders_30d", "spend_lifetime", "largest_order", "tags");
  }

  @Test
  void fieldsStandard_holdsTheDocumentedFields() {
    assertThat(Fields.standard().names())
        .containsExactly(
            "orders_30d",
            "spend_30d",
            "orders_90d",
            "spend_90d",
            "orders_365d",
            "spend_365d",
            "orders_lifetime",
            "spend_lifetime",
            "largest_order",
            "days_since_first_order",
            "days_since_last_order",
            "days_since_last_contact",
            "contract_days",
            "contract_years",
            "tenure_days",
            "satisfaction",
            "nps",
            "interactions",
            "feedback_count",
            "industry",
            "size_band",
            "purchase_frequency",
            "category",
            "region",
            "source",
            "kind",
            "owner",
            "tags");
  }

  @Test
  void customField_readsAHostAttribute() {
    // docs: custom-field
    AttributeKey<Money> creditLimit = AttributeKey.of("erp.creditLimit", Money.class);
    Fields fields =
        Fields.standard()
            .with(
                new Field.Amount(
                    "credit_limit",
                    (subject, currency) ->
                        subject
                            .customer()
                            .attributes()
                            .get(creditLimit)
                            .filter(m -> m.currency().equals(currency))
                            .map(Money::amount)
                            .orElse(BigDecimal.ZERO)));
    Condition trusted =
        RuleParser.over(fields).parse("trusted", "credit_limit >= 500000 CNY and orders_365d >= 2");
    // end

    CustomerSnapshot customer =
        Customer.register(
                CustomerId.of(UUID.randomUUID()),
                NewCustomer.organization(TENANT, "Acme")
                    .attribute(creditLimit, Money.of("800000", "CNY")),
                START)
            .snapshot();
    CustomerFacts none = CustomerFacts.empty(TENANT, customer.id());
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertThat(
            RuleParser.over(fields)
                .parse("t", "credit_limit >= 500000 CNY")
                .compile()
                .test(new Subject(customer, none, day)))
        .isTrue();
    assertThat(trusted.compile().test(new Subject(customer, none, day))).isFalse();
  }

  @Test
  void ruleSet_parsesWritesBackAndRegisters() {
    // docs: rule-set
    RuleSet rules =
        RuleSet.parse(
            """
            ruleset key-accounts version 3
            # tiers are checked from the highest down; the last must be 'true'
            ladder grade grace 30
              A: spend_365d >= 100000 CNY and orders_365d >= 5
              B: spend_365d >= 20000 CNY
              C: true
            segment big-spenders: spend_365d >= 50000 CNY
            lifecycle recency at_risk 90 factor 2.5 churn_after 180
            """);
    CrmKit crm =
        rules.registerOn(CrmKit.builder().clock(clock).tenants(TenantDirectory.of(TENANT))).build();
    crm.tiers()
        .defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A").withDowngradeGrace(30));
    rules.checkAgainst(crm.tiers().ladders(TENANT)); // every ladder stored, every tier on it
    // end

    assertThat(rules.tieringRules().get(0).id()).isEqualTo("key-accounts@3/grade");
    assertThat(rules.segmentRules().get(0).id()).isEqualTo("big-spenders");
    assertThat(rules.lifecycleRule().orElseThrow().id()).isEqualTo("key-accounts@3/lifecycle");
    assertThat(RuleSet.parse(rules.toText())).isEqualTo(rules);
    assertThat(rules.toText())
        .isEqualTo(
            """
            ruleset key-accounts version 3
            ladder grade grace 30
              A: spend_365d >= 100000.00 CNY and orders_365d >= 5
              B: spend_365d >= 20000.00 CNY
              C: true
            segment big-spenders: spend_365d >= 50000.00 CNY
            lifecycle recency at_risk 90 factor 2.5 churn_after 180
            """);
  }

  @Test
  void ruleSet_errorsArePositionedInTheWholeDocument() {
    // docs: rule-set-errors
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    """
                    ruleset key-accounts version 4
                    ladder grade
                      A: spend_365d >= 100000 CNY and orders_365d >= 5
                      B: spend_356d >= 20000 CNY
                      C: true
                    """))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageStartingWith(
            "rule 'key-accounts@4/grade', line 4, column 6: unknown field 'spend_356d'");
    assertThatThrownBy(
            () ->
                RuleSet.parse(
                    """
                    ruleset key-accounts version 4
                    ladder grade
                      A: spend_365d >= 100000 CNY
                      B: spend_365d >= 20000 CNY
                    """))
        .hasMessage(
            "rule 'key-accounts@4/grade', line 4, column 1: expected the last line to be"
                + " 'TIER: true', so that every customer gets a tier");
    // end
  }

  @Test
  void ruleSet_graceThatDisagreesWithTheStoredLadder_isRefused() {
    RuleSet rules =
        RuleSet.parse(
            """
            ruleset key-accounts version 3
            ladder grade grace 30
              A: spend_365d >= 100000 CNY
              C: true
            """);
    CrmKit crm = kit();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));

    assertThatThrownBy(() -> rules.checkAgainst(crm.tiers().ladders(TENANT)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("ladders.grade.grace")
        .hasMessageContaining("must equal the stored ladder's downgrade grace of 0 days");
  }

  @Test
  void downgradeGrace_dropWaitsForTheGraceDays() {
    CrmKit crm =
        CrmKit.builder()
            .clock(clock)
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(
                TieringRules.parse(
                    "spend-30d",
                    GRADE,
                    """
                    A: spend_30d >= 100000 CNY
                    C: true
                    """,
                    Fields.standard()))
            .build();
    CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "Acme"));

    // docs: grace
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "A").withDowngradeGrace(30));
    crm.activities().recordOrder(TENANT, id, Money.of("120000", "CNY"), LocalDate.now(clock));
    crm.tiers().reevaluate(TENANT, id); // A at once: upgrades never wait
    clock.advance(Duration.ofDays(31)); // the order leaves the 30-day window
    TierEvaluation waiting = crm.tiers().reevaluate(TENANT, id).get(0);
    // waiting.outcome() == DOWNGRADE_PENDING, waiting.downgradeOn() == today + 30: still A
    // end

    assertThat(waiting.outcome()).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(waiting.downgradeOn()).isEqualTo(LocalDate.now(clock).plusDays(30));
    assertThat(crm.tiers().tierOf(TENANT, id, GRADE)).contains(TierCode.of("A"));
    clock.advance(Duration.ofDays(30));
    assertThat(crm.tiers().reevaluate(TENANT, id).get(0).outcome()).isEqualTo(TierOutcome.ASSIGNED);
    assertThat(crm.tiers().tierOf(TENANT, id, GRADE)).contains(TierCode.of("C"));
  }

  @Test
  void customTieringRule_gradesByTheHostsOwnLogic() {
    // docs: custom-tiering-rule
    TieringRule byTag =
        new TieringRule() {
          @Override
          public String id() {
            return "strategic-tag";
          }

          @Override
          public LadderKey ladder() {
            return LadderKey.of("strategic");
          }

          @Override
          public TierDecision decide(
              CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            return customer.tags().contains(Tag.of("strategic"))
                ? new TierDecision(TierCode.of("YES"), "tagged strategic → YES")
                : new TierDecision(TierCode.of("NO"), "not tagged strategic → NO");
          }
        };
    // end
    CrmKit crm =
        CrmKit.builder()
            .clock(clock)
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(byTag)
            .listener(events::add)
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, LadderKey.of("strategic"), "NO", "YES"));
    CustomerId id =
        crm.customers().register(NewCustomer.organization(TENANT, "Acme").tags("strategic"));

    crm.tiers().reevaluate(TENANT, id);

    assertThat(events)
        .filteredOn(TierChanged.class::isInstance)
        .singleElement()
        .extracting(e -> ((TierChanged) e).assignment().reason())
        .isEqualTo("tagged strategic → YES");
  }

  @Test
  void customSegmentAndLifecycleRules_arePureFunctions() {
    // docs: custom-segment-and-lifecycle
    SegmentRule vip =
        new SegmentRule() {
          @Override
          public String id() {
            return "vip";
          }

          @Override
          public boolean isMember(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {
            return facts
                    .spend(Money.currency("CNY"), FactWindow.LIFETIME, asOf)
                    .amount()
                    .compareTo(new BigDecimal("1000000"))
                >= 0;
          }
        };
    SegmentRule sameFromText =
        SegmentRules.parse("vip-text", "spend_lifetime >= 1000000 CNY", Fields.standard());
    LifecycleRule contractKeepsActive =
        new LifecycleRule() {
          @Override
          public String id() {
            return "contract-keeps-active";
          }

          @Override
          public Optional<StageDecision> decide(
              CustomerSnapshot customer,
              CustomerFacts facts,
              @Nullable LifecycleStage current,
              LocalDate asOf) {
            boolean covered = facts.continuousContractDays(asOf) > 0;
            return covered
                    && current != LifecycleStage.ACTIVE
                    && current != null
                    && current.canTransitionTo(LifecycleStage.ACTIVE)
                ? Optional.of(new StageDecision(LifecycleStage.ACTIVE, "under contract"))
                : Optional.empty();
          }
        };
    // end

    CustomerSnapshot customer =
        Customer.register(
                CustomerId.of(UUID.randomUUID()), NewCustomer.organization(TENANT, "Acme"), START)
            .snapshot();
    CustomerFacts none = CustomerFacts.empty(TENANT, customer.id());
    LocalDate day = LocalDate.of(2026, 11, 25);
    assertThat(vip.isMember(customer, none, day)).isFalse();
    assertThat(sameFromText.isMember(customer, none, day)).isFalse();
    assertThat(contractKeepsActive.decide(customer, none, LifecycleStage.AT_RISK, day)).isEmpty();
  }

  @Test
  void customReminderPolicy_plansFromTheContext() {
    // docs: custom-reminder-policy
    ReminderPolicy quarterlyReview =
        new ReminderPolicy() {
          @Override
          public String id() {
            return "quarterly-business-review";
          }

          @Override
          public List<PlannedReminder> plan(ReminderContext context) {
            if (context.owner().isEmpty() || context.tier(LadderKey.of("grade")).isEmpty()) {
              return List.of();
            }
            LocalDate quarterStart =
                context
                    .asOf()
                    .withDayOfMonth(1)
                    .withMonth((context.asOf().getMonthValue() - 1) / 3 * 3 + 1);
            LocalDate next = quarterStart.plusMonths(3);
            return List.of(
                PlannedReminder.of(
                    "qbr:" + next, // stable for the same occurrence: regenerating finds it again
                    ReminderKind.CUSTOM,
                    next.atTime(10, 0),
                    context.owner().get(),
                    "Quarterly business review with " + context.customer().name().displayName()));
          }
        };
    // end

    CrmKit crm =
        CrmKit.builder()
            .clock(clock)
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(TieringRules.parse("all-c", GRADE, "C: true", Fields.standard()))
            .reminderPolicy(quarterlyReview)
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C"));
    CustomerId id =
        crm.customers().register(NewCustomer.organization(TENANT, "Acme").owner("wang.fang"));
    crm.tiers().reevaluate(TENANT, id);

    assertThat(crm.reminders().regenerate(TENANT, id).created()).hasSize(1);
    assertThat(crm.reminders().regenerate(TENANT, id).changedAnything()).isFalse();
  }

  @Test
  void customRecyclingRule_keepsStrategicAccounts() {
    // docs: custom-recycling-rule
    RecyclingRule keepStrategic =
        new RecyclingRule() {
          @Override
          public String id() {
            return "keep-strategic";
          }

          @Override
          public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
            if (subject.customer().tags().contains(Tag.of("strategic"))) {
              return RecycleDecision.keep(null, "strategic accounts stay with their manager");
            }
            return RecyclingRule.standard().decide(subject, asOf);
          }
        };
    // registered with CrmKit.builder().recyclingRule(keepStrategic)
    // end

    CustomerSnapshot customer =
        Customer.register(
                CustomerId.of(UUID.randomUUID()),
                NewCustomer.organization(TENANT, "Acme").tags("strategic"),
                START)
            .snapshot();
    RecyclingCase subject =
        new RecyclingCase(
            customer,
            CustomerFacts.empty(TENANT, customer.id()),
            Ownership.none(TENANT, customer.id()).snapshot(),
            PoolPolicy.UNLIMITED,
            Map.of(),
            ZoneOffset.UTC);
    RecycleDecision decision = keepStrategic.decide(subject, LocalDate.of(2026, 11, 25));
    assertThat(decision.action()).isEqualTo(RecycleDecision.Action.KEEP);
    assertThat(decision.reason()).isEqualTo("strategic accounts stay with their manager");
  }

  @Test
  void dryRun_previewsANewRuleSetVersionOverTheSameStore() {
    InMemoryCrmStore store = InMemoryCrmStore.create();
    RuleSet current =
        RuleSet.parse(
            """
            ruleset key-accounts version 3
            ladder grade
              A: spend_365d >= 100000 CNY
              C: true
            """);
    CrmKit crm =
        current
            .registerOn(
                CrmKit.builder().store(store).clock(clock).tenants(TenantDirectory.of(TENANT)))
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "Acme"));
    crm.activities().recordOrder(TENANT, id, Money.of("60000", "CNY"), LocalDate.now(clock));
    crm.batch().run(TENANT, JobId.of("retier-v3"), crm.batch().tiersJob(), JobOptions.defaults());
    clock.advance(Duration.ofDays(1));

    // docs: dry-run
    RuleSet candidate =
        RuleSet.parse(
            """
            ruleset key-accounts version 4
            ladder grade
              A: spend_365d >= 100000 CNY
              B: spend_365d >= 50000 CNY
              C: true
            """);
    candidate.checkAgainst(crm.tiers().ladders(TENANT));
    CrmKit preview =
        candidate
            .registerOn(
                CrmKit.builder().store(store).clock(clock).tenants(TenantDirectory.of(TENANT)))
            .build();
    JobReport report =
        preview
            .batch()
            .run(
                TENANT,
                JobId.of("preview-v4"),
                preview.batch().tiersJob(),
                JobOptions.defaults().asDryRun());
    Map<CustomerId, List<CrmEvent>> wouldChange = report.wouldChange(); // nothing was stored
    // end

    assertThat(report.outcome()).isEqualTo(JobReport.Outcome.DRY_RUN);
    assertThat(wouldChange).containsOnlyKeys(id);
    assertThat(((TierChanged) wouldChange.get(id).get(0)).assignment().tier())
        .isEqualTo(TierCode.of("B"));
    assertThat(crm.tiers().tierOf(TENANT, id, GRADE)).contains(TierCode.of("C"));
  }

  @Test
  void rfm_scoresAndNamesSegments() {
    // docs: rfm
    List<RfmScore> scores =
        RfmScoring.score(
            List.of(
                new RfmInput("V-10023", 5, 14, new BigDecimal("580000")),
                new RfmInput("V-20417", 40, 3, new BigDecimal("64000")),
                new RfmInput("V-30001", 200, 1, new BigDecimal("8000")),
                new RfmInput("V-30002", 90, 2, new BigDecimal("21000")),
                new RfmInput("V-30003", 12, 6, new BigDecimal("150000"))),
            RfmMethod.QUANTILE,
            5);
    RfmSegmentTable table =
        RfmSegmentTable.parse(
            """
            # first matching line wins; no match is "Others"
            Champions: R 4-5, F 4-5, M 4-5
            Needs Attention: R 2-3, F 1-5, M 1-5
            Lost: R 1, F 1-5, M 1-5
            """);
    String best = table.segmentOf(scores.get(0)); // "Champions"
    String standard = RfmSegmentTable.standard().segmentOf(scores.get(2));
    // end

    assertThat(best).isEqualTo("Champions");
    assertThat(table.segmentOf(scores.get(2))).isEqualTo("Lost");
    assertThat(standard).isNotBlank();
  }

  // ---------------------------------------------------------------- architecture.md

  @Test
  void listener_seesEventsOnlyAfterTheUnitOfWorkCommitted() {
    // docs: wiring
    CrmKit crm =
        CrmKit.builder()
            .store(InMemoryCrmStore.create()) // or any CrmStore adapter
            .clock(clock) // nothing in crmkit reads the system clock
            .tenants(TenantDirectory.of(TENANT))
            .tieringRule(
                TieringRules.parse(
                    "spend-12m", GRADE, "A: spend_365d >= 100000 CNY\nC: true", Fields.standard()))
            .reevaluateOnActivity(true) // re-grade in the activity's own unit of work
            .listener(events::add) // after commit, in the order recorded
            .build();
    // end
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "A"));
    CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "Acme"));
    events.clear();

    crm.activities().recordOrder(TENANT, id, Money.of("150000", "CNY"), LocalDate.now(clock));

    assertThat(events)
        .extracting(e -> e.getClass().getSimpleName())
        .contains("ActivityRecorded", "TierChanged");
    assertThat(crm.tiers().tierOf(TENANT, id, GRADE)).contains(TierCode.of("A"));
  }

  private CrmKit kit() {
    return CrmKit.builder().clock(clock).tenants(TenantDirectory.of(TENANT)).build();
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    void advance(Duration by) {
      now = now.plus(by).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
