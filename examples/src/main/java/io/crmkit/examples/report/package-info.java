/**
 * The key-account report: a command-line program that reads orders from CSV exports, loads them
 * into crmkit, runs its rules (tiers, lifecycle, RFM, Pareto/ABC and key-account identification,
 * reminders) and prints the report, optionally writing it as CSV, JSON and HTML.
 */
@NullMarked
package io.crmkit.examples.report;

import org.jspecify.annotations.NullMarked;
