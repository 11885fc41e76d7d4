package io.crmkit.core.lifecycle;

import static io.crmkit.core.lifecycle.LifecycleStage.ACTIVE;
import static io.crmkit.core.lifecycle.LifecycleStage.AT_RISK;
import static io.crmkit.core.lifecycle.LifecycleStage.CHURNED;
import static io.crmkit.core.lifecycle.LifecycleStage.NEW;
import static io.crmkit.core.lifecycle.LifecycleStage.PROSPECT;
import static io.crmkit.core.lifecycle.LifecycleStage.TARGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LifecycleHistoryTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId CUSTOMER = CustomerId.of(new UUID(0, 1));
  private static final UserRef REP = UserRef.of("wang.fang");
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final LifecycleTransitions STANDARD = LifecycleTransitions.standard();

  @Test
  void allowedNext_matchesTheDocumentedTable() {
    assertThat(PROSPECT.allowedNext()).containsExactlyInAnyOrder(TARGET, NEW);
    assertThat(TARGET.allowedNext()).containsExactlyInAnyOrder(PROSPECT, NEW);
    assertThat(NEW.allowedNext()).containsExactlyInAnyOrder(ACTIVE, AT_RISK, CHURNED);
    assertThat(ACTIVE.allowedNext()).containsExactlyInAnyOrder(AT_RISK, CHURNED);
    assertThat(AT_RISK.allowedNext()).containsExactlyInAnyOrder(ACTIVE, CHURNED);
    assertThat(CHURNED.allowedNext()).containsExactly(ACTIVE);
    for (LifecycleStage stage : LifecycleStage.values()) {
      assertThat(stage.canTransitionTo(stage)).as("%s to itself", stage).isFalse();
    }
    assertThat(CHURNED.isWinBack(ACTIVE)).isTrue();
    assertThat(AT_RISK.isWinBack(ACTIVE)).isFalse();
    assertThat(CHURNED.chineseName()).isEqualTo("流失客户");
  }

  @Test
  void advanceTo_forbiddenMove_throwsNamingBothStagesAndChangesNothing() {
    LifecycleHistory history =
        LifecycleHistory.begin(TENANT, CUSTOMER, PROSPECT, T0, "met at trade show", REP);

    assertThatThrownBy(() -> history.advanceTo(CHURNED, T0.plusSeconds(60), "lost", REP, STANDARD))
        .isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("PROSPECT")
        .hasMessageContaining("CHURNED");
    assertThat(history.current()).isEqualTo(PROSPECT);
    assertThat(history.changes()).hasSize(1);
  }

  @Test
  void advanceTo_moveNarrowedByTenant_throwsInvalidTransition() {
    LifecycleTransitions noWinBack = STANDARD.forbid(CHURNED, ACTIVE);
    LifecycleHistory history =
        LifecycleHistory.begin(TENANT, CUSTOMER, CHURNED, T0, "imported", REP);

    assertThatThrownBy(
            () -> history.advanceTo(ACTIVE, T0.plusSeconds(1), "ordered again", REP, noWinBack))
        .isInstanceOf(InvalidTransitionException.class)
        .hasMessageContaining("forbids");
    assertThat(noWinBack.allows(CHURNED, ACTIVE)).isFalse();
    assertThat(STANDARD.allows(CHURNED, ACTIVE)).isTrue();
  }

  @Test
  void forbid_moveTheStageNeverAllows_throwsInsteadOfWidening() {
    assertThatThrownBy(() -> STANDARD.forbid(PROSPECT, CHURNED))
        .isInstanceOf(InvalidTransitionException.class);
  }

  @Test
  void advanceTo_sameStage_returnsFalseAndRecordsNothing() {
    LifecycleHistory history =
        LifecycleHistory.begin(TENANT, CUSTOMER, NEW, T0, "first order", REP);
    history.pullEvents();

    assertThat(history.advanceTo(NEW, T0.plusSeconds(5), "again", REP, STANDARD)).isFalse();
    assertThat(history.pullEvents()).isEmpty();
  }

  @Test
  void advanceTo_beforeTheLastMove_throwsValidation() {
    LifecycleHistory history =
        LifecycleHistory.begin(TENANT, CUSTOMER, NEW, T0, "first order", REP);
    assertThatThrownBy(
            () -> history.advanceTo(ACTIVE, T0.minusSeconds(1), "repeat order", REP, STANDARD))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("at"));
  }

  @Test
  void stageAtAndTimeInStages_followTheHistoryIncludingWinBack() {
    LifecycleHistory history = LifecycleHistory.begin(TENANT, CUSTOMER, PROSPECT, T0, "lead", REP);
    history.advanceTo(NEW, T0.plus(Duration.ofDays(10)), "first order", REP, STANDARD);
    history.advanceTo(ACTIVE, T0.plus(Duration.ofDays(40)), "repeat order", REP, STANDARD);
    history.advanceTo(CHURNED, T0.plus(Duration.ofDays(400)), "no order in a year", REP, STANDARD);
    history.advanceTo(ACTIVE, T0.plus(Duration.ofDays(500)), "won back", REP, STANDARD);

    assertThat(history.stageAt(T0.minusSeconds(1))).isEmpty();
    assertThat(history.stageAt(T0)).contains(PROSPECT);
    assertThat(history.stageAt(T0.plus(Duration.ofDays(10)).minusNanos(1000))).contains(PROSPECT);
    assertThat(history.stageAt(T0.plus(Duration.ofDays(10)))).contains(NEW);
    assertThat(history.stageAt(T0.plus(Duration.ofDays(450)))).contains(CHURNED);
    assertThat(history.changes().get(4).isWinBack()).isTrue();
    assertThat(history.timeInStages(T0.plus(Duration.ofDays(600))))
        .containsEntry(PROSPECT, Duration.ofDays(10))
        .containsEntry(NEW, Duration.ofDays(30))
        .containsEntry(ACTIVE, Duration.ofDays(360 + 100))
        .containsEntry(CHURNED, Duration.ofDays(100))
        .doesNotContainKeys(TARGET, AT_RISK);
    assertThat(history.timeInStages(T0.plus(Duration.ofDays(20))))
        .containsOnlyKeys(EnumSet.of(PROSPECT, NEW))
        .containsEntry(NEW, Duration.ofDays(10));
  }
}
