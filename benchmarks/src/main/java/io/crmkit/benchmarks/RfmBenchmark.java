package io.crmkit.benchmarks;

import io.crmkit.rules.rfm.RfmInput;
import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmScoring;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B6: RFM scores 1–5 for the customers of 5M generated orders (about a million buyers), by {@code
 * RfmScoring.score} over {@link RfmInput}s against {@link PrimitiveRfm} over the same per-customer
 * aggregates, for both methods. Milliseconds per scoring of the whole population.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RfmBenchmark {
  /** The number of customers orders go to. */
  @Param("1000000")
  public int customers;

  /** The number of orders. */
  @Param("5000000")
  public int orders;

  /** The scoring method. */
  @Param({"QUANTILE", "NTILE"})
  public RfmMethod method;

  private RfmAggregates aggregates;
  private List<RfmInput> inputs;

  /** Generates the orders, folds them per customer, and checks that both sides agree. */
  @Setup(Level.Trial)
  public void setUp() {
    long start = System.nanoTime();
    aggregates = RfmAggregates.of(OrderLog.generate(customers, orders, 20_261_125L));
    inputs = aggregates.inputs();
    long checksum = RfmChecks.checkAgreement(aggregates, inputs, method);
    System.out.printf(
        "%n[b6 set-up] %d orders, %d buyers, %s in %.1f s, cell checksum %x%n",
        orders, aggregates.size(), method, (System.nanoTime() - start) / 1e9, checksum);
  }

  /** B6 baseline: primitive arrays. */
  @Benchmark
  public long b6Baseline() {
    return PrimitiveRfm.checksum(PrimitiveRfm.cells(aggregates, method, 5));
  }

  /** B6 library: {@code RfmScoring.score(inputs, method, 5)}. */
  @Benchmark
  public long b6Library() {
    return PrimitiveRfm.checksum(RfmScoring.score(inputs, method, 5));
  }
}
