package io.crmkit.benchmarks;

import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.util.ArrayList;
import java.util.List;

/**
 * B4's plan check: {@code EXPLAIN}s each measured query on its side's schema — the hand-written
 * SQL, and the statements Hibernate actually sent for the library (captured by {@link LibrarySql})
 * with the same parameter values — writes the plans to {@code
 * benchmarks/target/plans/b4-<database>-*.txt} and requires every one of them to read {@value
 * JpaReminderBenchmark#INDEX}.
 */
final class ReminderPlans {
  private static final String TABLE = "crm_reminder";

  private ReminderPlans() {}

  /**
   * Explains and checks every B4 query.
   *
   * @throws IllegalStateException if a plan does not use the index
   */
  static List<QueryPlans.Plan> check(
      BenchDatabase.Schema librarySchema,
      BenchDatabase.Schema sqlSchema,
      CrmStore store,
      LibrarySql librarySql,
      ReminderChecks.DeepPositions deep,
      int pageSize,
      UserRef owner) {
    String prefix =
        "b4-" + librarySchema.database().name().toLowerCase(java.util.Locale.ROOT) + "-";
    String tenant = ReminderData.TENANT.value();
    String hot = ReminderData.HOT_OWNER.value();
    long from = ReminderSql.micros(ReminderData.todayStart());
    long before = ReminderSql.micros(ReminderData.todayEnd());
    int dueLimit = JpaReminderBenchmark.DUE_TODAY_PAGE + 1;
    long dueAt = deep.dueAts().get(0);
    String id = deep.ids().get(0);
    List<QueryPlans.Plan> plans = new ArrayList<>();
    String index = JpaReminderBenchmark.INDEX;
    plans.add(
        QueryPlans.requireIndex(
            sqlSchema,
            prefix + "due-today-sql",
            ReminderSql.spelledFor(librarySchema.database(), ReminderSql.DUE_BETWEEN),
            index,
            tenant,
            owner.value(),
            from,
            before,
            dueLimit));
    plans.add(
        QueryPlans.requireIndex(
            sqlSchema,
            prefix + "deep-page-keyset-sql",
            ReminderSql.spelledFor(librarySchema.database(), ReminderSql.AFTER),
            index,
            tenant,
            hot,
            dueAt,
            dueAt,
            id,
            pageSize + 1));
    plans.add(
        QueryPlans.requireSomeIndex(
            sqlSchema,
            prefix + "deep-page-offset-sql",
            ReminderSql.spelledFor(librarySchema.database(), ReminderSql.AT_OFFSET),
            tenant,
            hot,
            pageSize + 1,
            deep.offsets().get(0)));
    ReminderChecks.libraryDueToday(store, owner, JpaReminderBenchmark.DUE_TODAY_PAGE);
    plans.add(
        library(
            librarySchema,
            prefix + "due-today-library",
            librarySql.lastSelectFrom(TABLE),
            dueLimit,
            tenant,
            owner.value(),
            "OPEN",
            "SNOOZED",
            from,
            before));
    ReminderChecks.libraryPageAfter(store, deep.cursors().get(0), pageSize);
    plans.add(
        library(
            librarySchema,
            prefix + "deep-page-library",
            librarySql.lastSelectFrom(TABLE),
            pageSize + 1,
            tenant,
            hot,
            "OPEN",
            "SNOOZED",
            dueAt,
            dueAt,
            id));
    return plans;
  }

  /**
   * Explains a Hibernate statement: the values in order, then the row limit if it is a parameter.
   */
  private static QueryPlans.Plan library(
      BenchDatabase.Schema schema, String name, String sql, int limit, Object... values) {
    long markers = sql.chars().filter(ch -> ch == '?').count();
    Object[] parameters;
    if (markers == values.length) {
      parameters = values;
    } else if (markers == values.length + 1) {
      parameters = java.util.Arrays.copyOf(values, values.length + 1);
      parameters[values.length] = limit;
    } else {
      throw new IllegalStateException(
          "expected " + values.length + " or " + (values.length + 1) + " parameters in " + sql);
    }
    return QueryPlans.requireIndex(schema, name, sql, JpaReminderBenchmark.INDEX, parameters);
  }
}
