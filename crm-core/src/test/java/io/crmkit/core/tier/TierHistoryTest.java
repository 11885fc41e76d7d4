package io.crmkit.core.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TierHistoryTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId CUSTOMER = CustomerId.of(new UUID(0, 7));
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final TierLadder LADDER = TierLadder.ranked(TENANT, GRADE, "C", "B", "A");
  private static final UserRef BY = UserRef.of("wang.fang");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final AssignmentSource RULE = AssignmentSource.rule("spend-12m");

  @Test
  void assign_chainsAssignmentsAndAnswersTierAt() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    assertThat(history.assign(LADDER, TierCode.of("C"), T0, RULE, "new customer", BY, null))
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThat(
            history.assign(
                LADDER,
                TierCode.of("A"),
                T0.plus(Duration.ofDays(30)),
                RULE,
                "spend 128,000 CNY ≥ 100,000",
                BY,
                null))
        .isEqualTo(TierOutcome.ASSIGNED);

    assertThat(history.tierAt(GRADE, T0.minusNanos(1000))).isEmpty();
    assertThat(history.tierAt(GRADE, T0)).contains(TierCode.of("C"));
    assertThat(history.tierAt(GRADE, T0.plus(Duration.ofDays(30)).minusNanos(1000)))
        .contains(TierCode.of("C"));
    assertThat(history.tierAt(GRADE, T0.plus(Duration.ofDays(30)))).contains(TierCode.of("A"));
    assertThat(history.history(GRADE).get(0).thru()).isEqualTo(T0.plus(Duration.ofDays(30)));
    assertThat(history.pullEvents())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e).isInstanceOf(TierChanged.class));
  }

  @Test
  void assign_sameTierByRule_isUnchangedAndRecordsNothing() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    history.assign(LADDER, TierCode.of("B"), T0, RULE, "spend", BY, null);
    history.pullEvents();

    assertThat(
            history.assign(LADDER, TierCode.of("B"), T0.plusSeconds(60), RULE, "spend", BY, null))
        .isEqualTo(TierOutcome.UNCHANGED);
    assertThat(history.history(GRADE)).hasSize(1);
    assertThat(history.pullEvents()).isEmpty();
  }

  @Test
  void assign_ruleAgainstManualLock_isLockedUntilTheLockEnds() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    Instant lockEnd = T0.plus(Duration.ofDays(90));
    history.assign(
        LADDER, TierCode.of("A"), T0, AssignmentSource.MANUAL, "strategic account", BY, lockEnd);

    assertThat(
            history.assign(
                LADDER,
                TierCode.of("C"),
                T0.plus(Duration.ofDays(10)),
                RULE,
                "low spend",
                BY,
                null))
        .isEqualTo(TierOutcome.LOCKED);
    assertThat(history.current(GRADE).orElseThrow().tier()).isEqualTo(TierCode.of("A"));
    assertThat(history.assign(LADDER, TierCode.of("C"), lockEnd, RULE, "low spend", BY, null))
        .isEqualTo(TierOutcome.ASSIGNED);
  }

  @Test
  void assign_manualOverridesLockAndRuleLocksAreRefused() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    history.assign(
        LADDER,
        TierCode.of("A"),
        T0,
        AssignmentSource.MANUAL,
        "strategic",
        BY,
        T0.plus(Duration.ofDays(90)));

    assertThat(
            history.assign(
                LADDER,
                TierCode.of("B"),
                T0.plusSeconds(5),
                AssignmentSource.MANUAL,
                "downgraded by director",
                BY,
                null))
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThatThrownBy(
            () ->
                history.assign(
                    LADDER,
                    TierCode.of("C"),
                    T0.plusSeconds(9),
                    RULE,
                    "x",
                    BY,
                    T0.plus(Duration.ofDays(1))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("lockedUntil"));
  }

  @Test
  void assign_atOrBeforeCurrentStart_throwsOverlap() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    history.assign(LADDER, TierCode.of("B"), T0, RULE, "spend", BY, null);

    assertThatThrownBy(() -> history.assign(LADDER, TierCode.of("A"), T0, RULE, "spend", BY, null))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("at"));
  }

  @Test
  void assign_tierNotOnLadder_throwsValidation() {
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    assertThatThrownBy(
            () -> history.assign(LADDER, TierCode.of("VIP"), T0, RULE, "spend", BY, null))
        .isInstanceOf(ValidationException.class);
    assertThat(history.assignments()).isEmpty();
  }

  @Test
  void snapshot_overlappingAssignments_throwsValidation() {
    TierAssignment first =
        new TierAssignment(GRADE, TierCode.of("C"), T0, T0.plusSeconds(100), RULE, "a", BY, null);
    TierAssignment overlapping =
        new TierAssignment(GRADE, TierCode.of("B"), T0.plusSeconds(50), null, RULE, "b", BY, null);

    assertThatThrownBy(
            () -> new TierHistorySnapshot(TENANT, CUSTOMER, 1, List.of(first, overlapping)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("assignments.grade[1].from"));
  }

  @Test
  void ladders_keepSeparateHistories() {
    TierLadder loyalty = TierLadder.ranked(TENANT, LadderKey.of("loyalty"), "普通", "金卡", "钻石");
    TierHistory history = TierHistory.empty(TENANT, CUSTOMER);
    history.assign(LADDER, TierCode.of("A"), T0, RULE, "spend", BY, null);
    history.assign(loyalty, TierCode.of("金卡"), T0.plusSeconds(1), RULE, "points", BY, null);

    assertThat(history.current(GRADE).orElseThrow().tier()).isEqualTo(TierCode.of("A"));
    assertThat(history.current(LadderKey.of("loyalty")).orElseThrow().tier())
        .isEqualTo(TierCode.of("金卡"));
    assertThat(new TierHistorySnapshot(TENANT, CUSTOMER, 0, history.assignments()).assignments())
        .hasSize(2);
  }
}
