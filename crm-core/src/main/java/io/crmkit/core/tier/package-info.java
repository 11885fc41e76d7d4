/**
 * Tiers and grading: per-tenant {@link io.crmkit.core.tier.TierLadder}s with host-defined codes
 * (A/B/C, 普通/重要/VIP, 普通/金卡/钻石 — a service grade and a loyalty tier may coexist) and their
 * entitlements, and each customer's {@link io.crmkit.core.tier.TierHistory}: who was in which tier
 * when, why, decided by whom, and whether a manual grade is locked against rules.
 */
@NullMarked
package io.crmkit.core.tier;

import org.jspecify.annotations.NullMarked;
