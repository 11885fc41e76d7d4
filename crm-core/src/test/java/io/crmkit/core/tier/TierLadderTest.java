package io.crmkit.core.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TierLadderTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LadderKey LOYALTY = LadderKey.of("loyalty");

  @Test
  void ranked_ordersLowestFirstAndCompares() {
    TierLadder ladder = TierLadder.ranked(TENANT, LOYALTY, "普通", "金卡", "钻石");

    assertThat(ladder.codes())
        .containsExactly(TierCode.of("普通"), TierCode.of("金卡"), TierCode.of("钻石"));
    assertThat(ladder.lowest().code()).isEqualTo(TierCode.of("普通"));
    assertThat(ladder.highest().code()).isEqualTo(TierCode.of("钻石"));
    assertThat(ladder.compare(TierCode.of("钻石"), TierCode.of("金卡"))).isPositive();
  }

  @Test
  void new_duplicateCodesAndGaps_listsEveryProblem() {
    List<TierDefinition> tiers =
        List.of(TierDefinition.of("C", 1), TierDefinition.of("B", 3), TierDefinition.of("C", 4));

    assertThatThrownBy(() -> TierLadder.of(TENANT, LOYALTY, tiers))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("tiers[1].rank", "tiers[2].code", "tiers[2].rank"));
  }

  @Test
  void new_downgradeGrace_defaultsToZeroAndRejectsNegativeOrTooLong() {
    TierLadder ladder = TierLadder.ranked(TENANT, LOYALTY, "C", "B", "A");

    assertThat(ladder.downgradeGraceDays()).isZero();
    assertThat(ladder.withDowngradeGrace(30).downgradeGraceDays()).isEqualTo(30);
    assertThat(ladder.withDowngradeGrace(30).withVersion(4).withTiers(ladder.tiers()))
        .isEqualTo(new TierLadder(TENANT, LOYALTY, 4, ladder.tiers(), 30));
    assertThatThrownBy(() -> ladder.withDowngradeGrace(-1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString(
                        "downgradeGraceDays must be between 0 and 3660 days but was '-1'"));
    assertThatThrownBy(() -> ladder.withDowngradeGrace(TierLadder.MAX_DOWNGRADE_GRACE_DAYS + 1))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void new_empty_throwsValidation() {
    assertThatThrownBy(() -> TierLadder.of(TENANT, LOYALTY, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("tiers"));
  }

  @Test
  void require_unknownTier_namesTheLadderAndItsTiers() {
    TierLadder ladder = TierLadder.ranked(TENANT, LOYALTY, "C", "B", "A");
    assertThatThrownBy(() -> ladder.require(TierCode.of("S")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("loyalty")
        .hasMessageContaining("[C, B, A]");
  }

  @Test
  void displayName_fallsBackFromTagToLanguageToCode() {
    TierDefinition gold =
        TierDefinition.of("GOLD", 2).named(Locale.CHINESE, "金卡").named(Locale.ENGLISH, "Gold");

    assertThat(gold.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("金卡");
    assertThat(gold.displayName(Locale.UK)).isEqualTo("Gold");
    assertThat(gold.displayName(Locale.JAPANESE)).isEqualTo("GOLD");
  }

  @Test
  void entitlements_validateEveryValue() {
    Entitlements vip =
        Entitlements.NONE
            .visitEvery(Period.ofMonths(1))
            .respondWithin(Duration.ofHours(4))
            .withDedicatedManager()
            .discount(new BigDecimal("0.05"));
    assertThat(vip.dedicatedManager()).isTrue();

    assertThatThrownBy(
            () ->
                new Entitlements(
                    Period.ZERO, Duration.ofHours(-1), false, new BigDecimal("1.5"), vip.extra()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("visitCadence", "responseTime", "discountRate"));
  }
}
