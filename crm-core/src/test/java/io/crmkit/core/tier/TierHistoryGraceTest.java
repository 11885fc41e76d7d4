package io.crmkit.core.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Downgrade grace: a customer drops a tier only after the rule has said "lower" for N days. */
class TierHistoryGraceTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId CUSTOMER = CustomerId.of(new UUID(0, 7));
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final TierLadder NO_GRACE = TierLadder.ranked(TENANT, GRADE, "C", "B", "A");
  private static final TierLadder GRACE_30 = NO_GRACE.withDowngradeGrace(30);
  private static final UserRef BY = UserRef.of("rule:spend-12m");
  private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);

  private final TierHistory history = TierHistory.empty(TENANT, CUSTOMER);

  @Test
  void applyRule_upgrade_appliesAtOnceAndCancelsThePendingDowngrade() {
    decide(GRACE_30, "B", 0);
    assertThat(decide(GRACE_30, "C", 1)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);

    assertThat(decide(GRACE_30, "A", 2)).isEqualTo(TierOutcome.ASSIGNED);

    assertThat(current()).isEqualTo("A");
    assertThat(history.pendingDowngrade(GRADE)).isEmpty();
  }

  @Test
  void applyRule_lowerForExactlyTheGrace_dropsOnTheGraceDayNotBefore() {
    decide(GRACE_30, "A", -100);
    history.pullEvents();

    assertThat(decide(GRACE_30, "B", 0)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(history.pendingDowngrade(GRADE))
        .contains(new PendingDowngrade(GRADE, TierCode.of("B"), DAY0));
    assertThat(history.pendingDowngrade(GRADE).orElseThrow().takesEffectOn(30))
        .isEqualTo(DAY0.plusDays(30));
    assertThat(decide(GRACE_30, "B", 15)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "B", 29)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(current()).isEqualTo("A");
    assertThat(history.pullEvents()).isEmpty();

    assertThat(decide(GRACE_30, "B", 30)).isEqualTo(TierOutcome.ASSIGNED);

    assertThat(current()).isEqualTo("B");
    assertThat(history.current(GRADE).orElseThrow().from()).isEqualTo(at(30));
    assertThat(history.pendingDowngrade(GRADE)).isEmpty();
    assertThat(history.pullEvents())
        .singleElement()
        .isInstanceOfSatisfying(
            TierChanged.class, e -> assertThat(e.previous()).isEqualTo(TierCode.of("A")));
  }

  @Test
  void applyRule_recoveryWithinTheGrace_resetsTheCount() {
    decide(GRACE_30, "A", -100);
    decide(GRACE_30, "B", 0);

    assertThat(decide(GRACE_30, "A", 20)).isEqualTo(TierOutcome.UNCHANGED);
    assertThat(history.pendingDowngrade(GRADE)).isEmpty();

    assertThat(decide(GRACE_30, "B", 21)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "B", 30)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "B", 50)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "B", 51)).isEqualTo(TierOutcome.ASSIGNED);
    assertThat(current()).isEqualTo("B");
  }

  @Test
  void applyRule_twoStepDrop_eachStepWaitsForItsOwnGrace() {
    decide(GRACE_30, "A", -100);
    decide(GRACE_30, "B", 0);
    assertThat(decide(GRACE_30, "B", 30)).isEqualTo(TierOutcome.ASSIGNED);

    assertThat(decide(GRACE_30, "C", 31)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "C", 60)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(decide(GRACE_30, "C", 61)).isEqualTo(TierOutcome.ASSIGNED);

    assertThat(history.history(GRADE))
        .extracting(a -> a.tier().code())
        .containsExactly("A", "B", "C");
  }

  @Test
  void applyRule_lowerStillWithinARun_keepsTheFirstDayAndAppliesTheLatestDecision() {
    decide(GRACE_30, "A", -100);
    decide(GRACE_30, "B", 0);

    assertThat(decide(GRACE_30, "C", 10)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(history.pendingDowngrade(GRADE))
        .contains(new PendingDowngrade(GRADE, TierCode.of("C"), DAY0));

    assertThat(decide(GRACE_30, "C", 30)).isEqualTo(TierOutcome.ASSIGNED);
    assertThat(current()).isEqualTo("C");
  }

  @Test
  void applyRule_lockInForce_winsOverDowngradeAndGraceCountsFromTheLockEnd() {
    decide(GRACE_30, "B", -100);
    history.assign(
        GRACE_30, TierCode.of("A"), at(-10), AssignmentSource.MANUAL, "strategic", BY, at(5));

    assertThat(decide(GRACE_30, "C", 0)).isEqualTo(TierOutcome.LOCKED);
    assertThat(history.pendingDowngrade(GRADE)).isEmpty();
    assertThat(decide(GRACE_30, "C", 4)).isEqualTo(TierOutcome.LOCKED);

    assertThat(decide(GRACE_30, "C", 5)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(history.pendingDowngrade(GRADE).orElseThrow().since()).isEqualTo(DAY0.plusDays(5));
    assertThat(decide(GRACE_30, "C", 35)).isEqualTo(TierOutcome.ASSIGNED);
  }

  @Test
  void assign_manual_cancelsThePendingDowngrade() {
    decide(GRACE_30, "A", -100);
    decide(GRACE_30, "B", 0);

    assertThat(
            history.assign(
                GRACE_30, TierCode.of("A"), at(5), AssignmentSource.MANUAL, "kept", BY, null))
        .as("the customer holds A already")
        .isEqualTo(TierOutcome.UNCHANGED);

    assertThat(history.pendingDowngrade(GRADE)).isEmpty();
    assertThat(decide(GRACE_30, "B", 30)).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(history.pendingDowngrade(GRADE).orElseThrow().since()).isEqualTo(DAY0.plusDays(30));
  }

  @Test
  void applyRule_noGrace_behavesAsAssign() {
    assertThat(decide(NO_GRACE, "A", 0)).isEqualTo(TierOutcome.ASSIGNED);
    assertThat(decide(NO_GRACE, "C", 1)).isEqualTo(TierOutcome.ASSIGNED);
    assertThat(decide(NO_GRACE, "C", 2)).isEqualTo(TierOutcome.UNCHANGED);
    assertThat(decide(NO_GRACE, "B", 3)).isEqualTo(TierOutcome.ASSIGNED);

    assertThat(history.history(GRADE))
        .extracting(a -> a.tier().code())
        .containsExactly("A", "C", "B");
    assertThat(history.history(GRADE)).allMatch(a -> a.source().ruleId().equals("spend-12m"));
    assertThat(history.pendingDowngrade(GRADE)).isEmpty();
  }

  @Test
  void snapshot_pendingDowngrade_survivesRestore() {
    decide(GRACE_30, "A", -100);
    decide(GRACE_30, "B", 0);

    TierHistory restored = TierHistory.restore(history.snapshot());

    assertThat(restored.snapshot()).isEqualTo(history.snapshot());
    assertThat(restored.pendingDowngrade(GRADE))
        .contains(new PendingDowngrade(GRADE, TierCode.of("B"), DAY0));
    assertThat(
            restored.applyRule(GRACE_30, decision("B"), "spend-12m", at(30), DAY0.plusDays(30), BY))
        .isEqualTo(TierOutcome.ASSIGNED);
  }

  @Test
  void newSnapshot_pendingWithoutCurrentTierOrRepeatedOrOnCurrentTier_listsEveryProblem() {
    decide(NO_GRACE, "A", 0);
    List<TierAssignment> assignments = history.assignments();
    PendingDowngrade toB = new PendingDowngrade(GRADE, TierCode.of("B"), DAY0);
    PendingDowngrade toA = new PendingDowngrade(GRADE, TierCode.of("A"), DAY0);
    PendingDowngrade elsewhere =
        new PendingDowngrade(LadderKey.of("service"), TierCode.of("B"), DAY0);

    assertThatThrownBy(
            () ->
                new TierHistorySnapshot(
                    TENANT, CUSTOMER, 1, assignments, List.of(toB, toA, elsewhere)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder(
                        "pendingDowngrades[1].ladder",
                        "pendingDowngrades[1].tier",
                        "pendingDowngrades[2].ladder"));
  }

  @Test
  void applyRule_anyDecisionsAndGrace_neverDropsBelowATierBeforeTheGraceRunsOut() {
    qt().forAll(
            integers().between(0, 10), lists().of(integers().between(1, 4)).ofSizeBetween(1, 80))
        .checkAssert(
            (grace, ranks) -> {
              TierLadder ladder =
                  TierLadder.ranked(TENANT, GRADE, "D", "C", "B", "A").withDowngradeGrace(grace);
              TierHistory h = TierHistory.empty(TENANT, CUSTOMER);
              List<Integer> held = new ArrayList<>();
              for (int day = 0; day < ranks.size(); day++) {
                int decided = ranks.get(day);
                int before = held.isEmpty() ? 0 : held.get(day - 1);
                h.applyRule(
                    ladder,
                    decision(ladder.tiers().get(decided - 1).code().code()),
                    "r",
                    at(day),
                    DAY0.plusDays(day),
                    BY);
                int now = ladder.require(h.current(GRADE).orElseThrow().tier()).rank();
                held.add(now);
                if (before == 0 || decided >= before) {
                  assertThat(now)
                      .as("day %s: first grade or upgrade applies", day)
                      .isEqualTo(decided);
                } else if (now < before) {
                  assertThat(now).as("a drop applies the latest decision").isEqualTo(decided);
                  for (int d = day - grace; d <= day; d++) {
                    assertThat(d).as("drop on day %s with grace %s", day, grace).isNotNegative();
                    assertThat(ranks.get(d))
                        .as("day %s of the run before the drop on day %s", d, day)
                        .isLessThan(before);
                  }
                } else {
                  assertThat(now).isEqualTo(before);
                  int runStart = day;
                  while (runStart > 0 && ranks.get(runStart - 1) < before) {
                    runStart--;
                  }
                  assertThat(day - runStart).as("held on day %s", day).isLessThan(grace);
                }
              }
            });
  }

  @Test
  void publicMethods_nullArguments_throwNullPointer() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester()
            .setDefault(LadderKey.class, GRADE)
            .setDefault(TierCode.class, TierCode.of("B"))
            .setDefault(TierLadder.class, GRACE_30)
            .setDefault(TierDecision.class, decision("B"))
            .setDefault(LocalDate.class, DAY0)
            .setDefault(Instant.class, at(0))
            .setDefault(String.class, "r")
            .setDefault(UserRef.class, BY);
    tester.testAllPublicConstructors(PendingDowngrade.class);
    tester.testAllPublicInstanceMethods(new PendingDowngrade(GRADE, TierCode.of("B"), DAY0));
    decide(GRACE_30, "A", 0);
    java.lang.reflect.Method applyRule =
        java.util.Arrays.stream(TierHistory.class.getMethods())
            .filter(m -> m.getName().equals("applyRule"))
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < applyRule.getParameterCount(); i++) {
      tester.testMethodParameter(history, applyRule, i);
    }
  }

  private TierOutcome decide(TierLadder ladder, String tier, int day) {
    return history.applyRule(ladder, decision(tier), "spend-12m", at(day), DAY0.plusDays(day), BY);
  }

  private static TierDecision decision(String tier) {
    return new TierDecision(TierCode.of(tier), "spend → " + tier);
  }

  private static Instant at(int day) {
    return DAY0.plusDays(day).atTime(9, 0).toInstant(ZoneOffset.ofHours(8));
  }

  private String current() {
    return history.current(GRADE).orElseThrow().tier().code();
  }
}
