/**
 * The customer lifecycle: 潜在 (prospect) → 目标 (target) → 新客户 (new) → 现有 (active) → at risk → 流失
 * (churned), with win-back from churned to active. Allowed moves are part of {@link
 * io.crmkit.core.lifecycle.LifecycleStage}; a tenant may narrow them with {@link
 * io.crmkit.core.lifecycle.LifecycleTransitions} but never widen them. Every move is kept with its
 * time, reason and actor, so that "stage on date D" and time spent in each stage are queries.
 */
@NullMarked
package io.crmkit.core.lifecycle;

import org.jspecify.annotations.NullMarked;
