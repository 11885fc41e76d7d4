/**
 * The rule engine: conditions over a customer's snapshot and {@link
 * io.crmkit.core.activity.CustomerFacts} at an {@code asOf} day, built with the Java DSL ({@link
 * io.crmkit.rules.Conditions}) or parsed from text ({@link io.crmkit.rules.RuleParser}), checked
 * for types when built, and compiled to composed lambdas that evaluate without reflection, map
 * lookups or boxing.
 */
@NullMarked
package io.crmkit.rules;

import org.jspecify.annotations.NullMarked;
