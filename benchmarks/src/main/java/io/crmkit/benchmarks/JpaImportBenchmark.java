package io.crmkit.benchmarks;

import io.crmkit.jpa.ImportReport;
import jakarta.persistence.EntityManagerFactory;
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
 * B3: a bulk import of {@link ImportData} (200,000 customers, 400,000 contacts, 1,000,000 orders,
 * and the facts of every customer) through crm-jpa's {@code JpaBulkImport} on Hibernate, against
 * {@link JdbcImport}, plain JDBC batches of the same rows. Each operation is one whole import into
 * a fresh, empty schema of its own (made and migrated in the iteration's set-up, dropped in its
 * tear-down), so SingleShotTime: the score is milliseconds per import, and baseline time ÷ library
 * time is the library's throughput as a multiple of the baseline's.
 *
 * <p>The trial's set-up generates the data, then imports its first {@value #CHECK_CUSTOMERS}
 * customers through both sides into two more fresh schemas and requires {@link TableDigest}s equal
 * in every table (this also warms both code paths up, so there is no warm-up iteration); every
 * iteration's tear-down checks the row counts. Either failure fails the run. One measured import
 * per side and database keeps a full run near 20 minutes on 2 cores; {@code -i 3} gives error bars
 * when there is time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class JpaImportBenchmark {
  /** How many customers the trial's agreement check imports through both sides. */
  static final int CHECK_CUSTOMERS = 2000;

  /** The database. */
  @Param({"H2", "POSTGRESQL", "MARIADB"})
  public BenchDatabase database;

  /** How many customers (with 2 contacts and 5 orders each). */
  @Param("200000")
  public int customers;

  private ImportData data;
  private BenchDatabase.Schema schema;
  private EntityManagerFactory factory;

  /** Generates the data and checks that both sides store the same rows. */
  @Setup(Level.Trial)
  public void setUp() {
    long start = System.nanoTime();
    data = ImportData.generate(customers, 20_261_125L);
    long generated = System.nanoTime();
    ImportChecks.requireSameRows(database, data.slice(0, Math.min(CHECK_CUSTOMERS, customers)));
    System.out.printf(
        "%n[b3 set-up] %s: %s generated in %.1f s; library and JDBC agree on the first %d"
            + " customers (%.1f s)%n",
        database,
        data.describe(),
        (generated - start) / 1e9,
        Math.min(CHECK_CUSTOMERS, customers),
        (System.nanoTime() - generated) / 1e9);
  }

  /** Makes a fresh schema (and for the library a factory on it). */
  @Setup(Level.Iteration)
  public void freshSchema() {
    schema = database.open("b3");
    factory = BenchJpa.hibernate(schema);
  }

  /** Checks the row counts and drops the schema. */
  @TearDown(Level.Iteration)
  public void dropSchema() {
    try {
      factory.close();
      ImportChecks.requireCounts(schema, data);
    } finally {
      schema.close();
    }
  }

  /** B3 library: the bulk import. */
  @Benchmark
  public ImportReport b3Library() {
    return LibraryImport.run(factory, data);
  }

  /** B3 baseline: plain JDBC batches. */
  @Benchmark
  public int b3Jdbc() {
    JdbcImport.run(schema, data);
    return data.customers().size();
  }
}
