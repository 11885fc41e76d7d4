/**
 * The key-account report: a command-line program that reads orders from CSV exports, loads them
 * into crmkit, runs its rules (tiers, lifecycle, RFM, Pareto/ABC and key-account identification,
 * reminders) and prints the report, optionally writing it as CSV, JSON and HTML. The data lives in
 * memory for one run ({@code InMemoryReportStore}) or, with {@code --store JDBC_URL}, in a database
 * through crm-jpa across runs ({@code JpaReportStore}).
 */
@NullMarked
package io.crmkit.examples.report;

import org.jspecify.annotations.NullMarked;
