package io.crmkit.benchmarks;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.rules.CustomerEvaluator;
import io.crmkit.rules.Evaluations;
import io.crmkit.rules.Subject;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1 and B2: re-tiering and segmenting a whole in-memory customer base, and re-evaluating only the
 * customers whose facts changed. Each operation is one full pass, so the score is milliseconds per
 * pass (lower is better) and a ratio of scores is a ratio of throughputs.
 *
 * <ul>
 *   <li>{@code b1Baseline}: {@link HandWrittenRetier}, a plain loop, single-threaded.
 *   <li>{@code b1Library}: the parsed {@link RetierRules} through {@link CustomerEvaluator} in the
 *       calling thread.
 *   <li>{@code b1LibraryParallel2}: the same on a two-thread executor, parallelism 2.
 *   <li>{@code b2Incremental}: after new orders for 1% of the customers, look up the changed ids
 *       and evaluate only them; compare with {@code b1Library}.
 * </ul>
 *
 * The set-up checks that all of them give the same tally and fails the run if they do not.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RetierBenchmark {
  /** The number of customers in the base. */
  @Param("1000000")
  public int customers;

  /** Every how many customers one gets new orders for B2 (100 = 1%). */
  @Param("100")
  public int changeEvery;

  private CustomerBase base;
  private CustomerBase.Change change;
  private CustomerEvaluator sequential;
  private CustomerEvaluator parallel;
  private ExecutorService pool;

  /** Builds the base and the rules, and checks that library and baseline agree. */
  @Setup(Level.Trial)
  public void setUp() {
    long start = System.nanoTime();
    base = CustomerBase.generate(customers, 20_261_125L);
    long dataHeap = usedHeapAfterGc();
    change = base.withNewOrders(changeEvery, 7L);
    sequential = CustomerEvaluator.of(RetierRules.tiering(), RetierRules.segments());
    pool =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread thread = new Thread(r, "b1-parallel");
              thread.setDaemon(true);
              return thread;
            });
    parallel = sequential.inParallel(pool, 2);
    Tally expected = RetierChecks.checkAgreement(base, change, sequential, parallel);
    long withoutResult = usedHeapAfterGc();
    Evaluations held = sequential.evaluate(base.subjects());
    long resultHeap = usedHeapAfterGc() - withoutResult;
    Reference.reachabilityFence(held);
    System.out.printf(
        "%n[b1 set-up] %d customers in %.1f s, %s%n[b1 set-up] data set retained ≈ %d MB;"
            + " a library result retains ≈ %.1f MB more; %d customers changed for B2%n",
        customers,
        (System.nanoTime() - start) / 1e9,
        expected,
        dataHeap >> 20,
        resultHeap / 1048576.0,
        change.changed().size());
  }

  /** Stops the executor. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** B1 baseline: the hand-written loop. */
  @Benchmark
  public Tally b1Baseline() {
    return HandWrittenRetier.run(base.subjects());
  }

  /** B1 library, in the calling thread. */
  @Benchmark
  public Tally b1Library() {
    return Tally.of(sequential.evaluate(base.subjects()), RetierRules.TIERS);
  }

  /** B1 library, split in two on a two-thread executor. */
  @Benchmark
  public Tally b1LibraryParallel2() {
    return Tally.of(parallel.evaluate(base.subjects()), RetierRules.TIERS);
  }

  /** B2: re-evaluates only the changed customers, found by id. */
  @Benchmark
  public Tally b2Incremental() {
    return Tally.of(reevaluateChanged(change, sequential), RetierRules.TIERS);
  }

  /** Looks up each changed customer by id, as a host would in its store, and evaluates them. */
  static Evaluations reevaluateChanged(CustomerBase.Change change, CustomerEvaluator evaluator) {
    List<Subject> changed = new ArrayList<>(change.changed().size());
    for (CustomerId id : change.changed()) {
      changed.add(change.after().subject(id));
    }
    return evaluator.evaluate(changed);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
