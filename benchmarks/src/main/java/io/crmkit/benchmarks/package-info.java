/**
 * JMH benchmarks of crmkit, each measured against a hand-written baseline on the same data in the
 * same run, with the generators of that data and the agreement checks the set-ups and tests share:
 * B1 re-tiering and segmenting ({@link io.crmkit.benchmarks.RetierBenchmark}), B2 re-evaluating
 * only changed customers (same class) and B6 RFM scoring ({@link
 * io.crmkit.benchmarks.RfmBenchmark}).
 */
@NullMarked
package io.crmkit.benchmarks;

import org.jspecify.annotations.NullMarked;
