package io.crmkit.benchmarks;

import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.UserRef;
import io.crmkit.jpa.JpaCrmStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B4: an account manager's reminders through crm-jpa ({@code ReminderRepository.find}, Hibernate)
 * against hand-written SQL on the same index {@code (tenant_id, owner_ref, due_at_us, id)}, over
 * {@link ReminderData} (5M reminders, 1,000 managers, one of them with a backlog of 150,000).
 * SampleTime, so that the report can give p50 and p95.
 *
 * <ul>
 *   <li>{@code b4DueTodayLibrary} / {@code b4DueTodaySql}: "due reminders for manager X today", the
 *       first page of up to {@value #DUE_TODAY_PAGE} live reminders due on {@link
 *       ReminderData#TODAY}, rotating over {@value #OWNERS} managers.
 *   <li>{@code b4DeepPageLibrary} / {@code b4DeepPageKeysetSql}: a page of {@code pageSize} of the
 *       hot manager's live reminders at depth {@code depth} (and a few pages further, rotating),
 *       after a keyset position.
 *   <li>{@code b4DeepPageOffsetSql}: the same pages with {@code LIMIT … OFFSET depth}.
 * </ul>
 *
 * <p>The library and the SQL read the same schema, loaded ({@link ReminderLoad}) once per JMH
 * invocation and shared by its benchmarks ({@code run.sh} drops it before and after, or keeps it
 * for the next run with {@code CRMKIT_BENCH_KEEP=1}). One copy rather than one per side: on MariaDB
 * the same statement ran up to 1.7 times as long on one of two copies loaded the same way, which
 * made the ratio a comparison of copies. Every trial's set-up checks that the rows are what the
 * library stores, that library and SQL return the same reminders for every query measured, and that
 * each query's plan ({@code EXPLAIN}, written to {@code benchmarks/target/plans}) reads that index;
 * it fails the run otherwise.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class JpaReminderBenchmark {
  /** The page size of the due-today query (the library asks for one more row). */
  static final int DUE_TODAY_PAGE = 100;

  /** How many managers the due-today query rotates over. */
  static final int OWNERS = 16;

  /** How many deep pages the deep-page queries rotate over. */
  static final int POSITIONS = 8;

  /** The index both sides read. */
  static final String INDEX = "crm_reminder_by_owner_due";

  /** The database. */
  @Param({"H2", "POSTGRESQL", "MARIADB"})
  public BenchDatabase database;

  /** How many reminders. */
  @Param("5000000")
  public int reminders;

  /** How many managers own them. */
  @Param("1000")
  public int managers;

  /** How many belong to the hot manager (90% of them live). */
  @Param("150000")
  public int hotBacklog;

  /** How many of the hot manager's live reminders come before the deep pages. */
  @Param("100000")
  public int depth;

  /** The deep pages' size. */
  @Param("50")
  public int pageSize;

  private BenchJpa.Pooled library;
  private JpaCrmStore store;
  private Connection sql;
  private List<UserRef> owners;
  private ReminderChecks.DeepPositions deep;
  private int nextOwner;
  private int nextPosition;

  /** Loads (or reuses) the schema, checks agreement and plans. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    long start = System.nanoTime();
    ReminderData data = new ReminderData(reminders, managers, hotBacklog);
    String name = "b4_" + reminders + "_" + managers + "_" + hotBacklog;
    BenchDatabase.Schema schema = database.shared(BenchDatabase.SHARED_PREFIX + name);
    boolean loaded = ReminderLoad.ensureLoaded(schema, data);
    long loadedAt = System.nanoTime();
    LibrarySql librarySql = new LibrarySql();
    library = BenchJpa.pooled(schema, librarySql);
    store = JpaCrmStore.create(library.factory());
    sql = schema.connect();
    ReminderChecks.requireLoadedAsGenerated(store, data);
    owners = new ArrayList<>();
    for (int k = 0; k < OWNERS; k++) {
      owners.add(data.owner(data.hot() + (long) k * 61));
    }
    deep = ReminderChecks.walkTo(store, depth, pageSize, POSITIONS);
    ReminderChecks.requireAgreement(store, sql, deep, pageSize, owners, DUE_TODAY_PAGE);
    List<QueryPlans.Plan> plans =
        ReminderPlans.check(schema, schema, store, librarySql, deep, pageSize, owners.get(0));
    System.out.printf(
        "%n[b4 set-up] %s: %d reminders %s in %.1f s, checked in %.1f s; plans in %s%n",
        database,
        reminders,
        loaded ? "loaded" : "reused",
        (loadedAt - start) / 1e9,
        (System.nanoTime() - loadedAt) / 1e9,
        BenchDatabase.targetDirectory().resolve("plans"));
    plans.forEach(p -> System.out.printf("[b4 set-up] plan %s: %s%n", p.name(), p.summary()));
  }

  /**
   * Closes the factory, its pool and the connection; the shared schemas stay for the other
   * benchmarks.
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    try {
      sql.close();
    } finally {
      library.close();
    }
  }

  /** B4 library: due today for the next manager. */
  @Benchmark
  public List<ReminderSnapshot> b4DueTodayLibrary() {
    return ReminderChecks.libraryDueToday(store, nextOwner(), DUE_TODAY_PAGE);
  }

  /** B4 baseline: due today for the next manager, hand-written SQL. */
  @Benchmark
  public List<ReminderSnapshot> b4DueTodaySql() {
    return ReminderChecks.sqlDueToday(sql, nextOwner(), DUE_TODAY_PAGE);
  }

  /** B4 library: the next deep page after its cursor. */
  @Benchmark
  public List<ReminderSnapshot> b4DeepPageLibrary() {
    return ReminderChecks.libraryPageAfter(store, deep.cursors().get(nextPosition()), pageSize);
  }

  /** B4 baseline: the next deep page after its keyset position, hand-written SQL. */
  @Benchmark
  public List<ReminderSnapshot> b4DeepPageKeysetSql() {
    int j = nextPosition();
    return ReminderSql.after(
        sql,
        ReminderData.TENANT,
        ReminderData.HOT_OWNER,
        deep.dueAts().get(j),
        deep.ids().get(j),
        pageSize + 1);
  }

  /** B4 OFFSET: the next deep page by offset, hand-written SQL. */
  @Benchmark
  public List<ReminderSnapshot> b4DeepPageOffsetSql() {
    return ReminderSql.atOffset(
        sql,
        ReminderData.TENANT,
        ReminderData.HOT_OWNER,
        deep.offsets().get(nextPosition()),
        pageSize + 1);
  }

  private UserRef nextOwner() {
    nextOwner = (nextOwner + 1) % owners.size();
    return owners.get(nextOwner);
  }

  private int nextPosition() {
    nextPosition = (nextPosition + 1) % deep.size();
    return nextPosition;
  }
}
