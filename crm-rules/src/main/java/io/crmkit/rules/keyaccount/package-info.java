/**
 * Key-account identification (大客户识别): Pareto shares and ABC classes of accounts by revenue, with
 * subsidiaries rolled up into their top-level parent, and a weighted score over class A, a large
 * single order, continuous contract coverage and a strategic flag, with a reason per met criterion.
 */
@NullMarked
package io.crmkit.rules.keyaccount;

import org.jspecify.annotations.NullMarked;
