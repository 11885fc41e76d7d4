package io.crmkit.core.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a customer stands in its relationship with the tenant. The allowed moves are:
 *
 * <ul>
 *   <li>PROSPECT → TARGET, NEW
 *   <li>TARGET → PROSPECT, NEW
 *   <li>NEW → ACTIVE, AT_RISK, CHURNED
 *   <li>ACTIVE → AT_RISK, CHURNED
 *   <li>AT_RISK → ACTIVE, CHURNED
 *   <li>CHURNED → ACTIVE (win-back, 赢回)
 * </ul>
 *
 * @since 0.1
 */
public enum LifecycleStage {
  /** 潜在客户: known, not yet qualified. */
  PROSPECT("潜在客户"),
  /** 目标客户: qualified and pursued. */
  TARGET("目标客户"),
  /** 新客户: has bought for the first time. */
  NEW("新客户"),
  /** 现有客户: buys repeatedly. */
  ACTIVE("现有客户"),
  /** 风险客户: buying less or not at all; may be leaving. */
  AT_RISK("风险客户"),
  /** 流失客户: has stopped buying. */
  CHURNED("流失客户");

  private final String chineseName;

  LifecycleStage(String chineseName) {
    this.chineseName = chineseName;
  }

  /** Returns the stage's usual Chinese name, e.g. {@code 流失客户}. */
  public String chineseName() {
    return chineseName;
  }

  /** Returns the stages this stage may move to. */
  public Set<LifecycleStage> allowedNext() {
    return Moves.NEXT.get(this);
  }

  /** Returns whether a customer in this stage may move to {@code next}. */
  public boolean canTransitionTo(LifecycleStage next) {
    return allowedNext().contains(next);
  }

  /** Returns whether moving from this stage to {@code next} wins a churned customer back. */
  public boolean isWinBack(LifecycleStage next) {
    return this == CHURNED && next == ACTIVE;
  }

  /** The move table, built once after every constant exists. */
  private static final class Moves {
    private static final Map<LifecycleStage, Set<LifecycleStage>> NEXT =
        new EnumMap<>(LifecycleStage.class);

    static {
      allow(PROSPECT, TARGET, NEW);
      allow(TARGET, PROSPECT, NEW);
      allow(NEW, ACTIVE, AT_RISK, CHURNED);
      allow(ACTIVE, AT_RISK, CHURNED);
      allow(AT_RISK, ACTIVE, CHURNED);
      allow(CHURNED, ACTIVE);
    }

    private static void allow(LifecycleStage from, LifecycleStage first, LifecycleStage... rest) {
      NEXT.put(from, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }
  }
}
