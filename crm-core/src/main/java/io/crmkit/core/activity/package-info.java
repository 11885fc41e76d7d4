/**
 * What customers do, recorded as immutable facts: orders, contracts, interactions and feedback, and
 * {@link io.crmkit.core.activity.CustomerFacts}, the per-customer read model that rules read
 * instead of scanning history.
 */
@NullMarked
package io.crmkit.core.activity;

import org.jspecify.annotations.NullMarked;
