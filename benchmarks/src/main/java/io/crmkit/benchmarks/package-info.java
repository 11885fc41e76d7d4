/**
 * JMH benchmarks of crmkit, each measured against a hand-written baseline on the same data in the
 * same run, with the generators of that data and the agreement checks the set-ups and tests share:
 * B1 re-tiering and segmenting ({@link io.crmkit.benchmarks.RetierBenchmark}), B2 re-evaluating
 * only changed customers (same class), B6 RFM scoring ({@link io.crmkit.benchmarks.RfmBenchmark}),
 * and on H2, PostgreSQL and MariaDB ({@link io.crmkit.benchmarks.BenchDatabase}) B3 crm-jpa's bulk
 * import against plain JDBC batches ({@link io.crmkit.benchmarks.JpaImportBenchmark}) and B4 an
 * account manager's reminders through crm-jpa against hand-written SQL, keyset against OFFSET
 * ({@link io.crmkit.benchmarks.JpaReminderBenchmark}).
 */
@NullMarked
package io.crmkit.benchmarks;

import org.jspecify.annotations.NullMarked;
