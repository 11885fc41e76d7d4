package io.crmkit.benchmarks;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The checks B4's set-up and tests share: that the generated rows are what the library stores, and
 * that the library and the hand-written SQL return the same reminders for every query measured.
 * Each throws {@link IllegalStateException} on the first disagreement, naming it.
 */
final class ReminderChecks {
  private ReminderChecks() {}

  /**
   * Where B4 reads deep pages of the hot owner's live reminders: for each position {@code j}, the
   * library's cursor, the keyset (due instant, id) of the reminder before it and its offset.
   *
   * @param cursors the library's cursors
   * @param dueAts the due instants in microseconds of the reminders just before the pages
   * @param ids their ids
   * @param offsets the number of reminders before each page
   */
  record DeepPositions(
      List<Cursor> cursors, List<Long> dueAts, List<String> ids, List<Long> offsets) {
    int size() {
      return cursors.size();
    }
  }

  /**
   * Reads a sample of the loaded reminders through the library and compares each with {@link
   * ReminderData#snapshot}: the server-side generation wrote exactly what the library would.
   */
  static void requireLoadedAsGenerated(CrmStore store, ReminderData data) {
    List<Long> sample = new ArrayList<>();
    for (long i = 0; i < Math.min(20, data.count()); i++) {
      sample.add(i);
    }
    for (long i : new long[] {data.hot() - 1L, data.hot(), data.hot() + 1L, data.count() - 1L}) {
      if (i >= 0 && i < data.count()) {
        sample.add(i);
      }
    }
    SplittableRandom random = new SplittableRandom(4);
    for (int k = 0; k < 60; k++) {
      sample.add(random.nextLong(data.count()));
    }
    for (long i : sample) {
      ReminderSnapshot expected = data.snapshot(i);
      Optional<ReminderSnapshot> stored =
          store.inTransaction(
              uow ->
                  uow.reminders().find(ReminderData.TENANT, expected.id()).map(Reminder::snapshot));
      if (stored.isEmpty() || !stored.get().equals(expected)) {
        throw new IllegalStateException(
            "reminder "
                + i
                + " reads back as "
                + stored
                + " but the library would store "
                + expected);
      }
    }
  }

  /** Returns the library's first page of the owner's live reminders due today. */
  static List<ReminderSnapshot> libraryDueToday(CrmStore store, UserRef owner, int size) {
    ReminderQuery query =
        ReminderQuery.liveFor(ReminderData.TENANT, owner)
            .dueBetween(ReminderData.todayStart(), ReminderData.todayEnd());
    return store.inTransaction(
        uow -> snapshots(uow.reminders().find(query, PageRequest.first(size))));
  }

  /** Returns the baseline's answer to the same question. */
  static List<ReminderSnapshot> sqlDueToday(Connection c, UserRef owner, int size) {
    return ReminderSql.dueBetween(
            c,
            ReminderData.TENANT,
            owner,
            ReminderData.todayStart(),
            ReminderData.todayEnd(),
            size + 1)
        .stream()
        .limit(size)
        .toList();
  }

  /** Returns the library's page of the hot owner's live reminders after the cursor. */
  static List<ReminderSnapshot> libraryPageAfter(CrmStore store, Cursor cursor, int size) {
    ReminderQuery query = ReminderQuery.liveFor(ReminderData.TENANT, ReminderData.HOT_OWNER);
    return store.inTransaction(
        uow -> snapshots(uow.reminders().find(query, PageRequest.after(cursor, size))));
  }

  /**
   * Walks the hot owner's live reminders through the library to {@code depth}, then {@code
   * positions} pages of {@code size} further, and returns where each of those pages starts.
   *
   * @throws IllegalStateException if the backlog is not deep enough
   */
  static DeepPositions walkTo(CrmStore store, int depth, int size, int positions) {
    ReminderQuery query = ReminderQuery.liveFor(ReminderData.TENANT, ReminderData.HOT_OWNER);
    List<Cursor> cursors = new ArrayList<>();
    List<Long> dueAts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Long> offsets = new ArrayList<>();
    Cursor cursor = null;
    ReminderSnapshot last = null;
    long read = 0;
    long target = depth;
    while (cursors.size() < positions) {
      int want = (int) Math.min(PageRequest.MAX_SIZE, target - read);
      PageRequest request =
          cursor == null ? PageRequest.first(want) : PageRequest.after(cursor, want);
      Page<Reminder> page = store.inTransaction(uow -> uow.reminders().find(query, request));
      if (page.items().size() != want || page.next() == null) {
        throw new IllegalStateException(
            "the hot owner's backlog ends after "
                + (read + page.items().size())
                + " live reminders; B4 needs more than "
                + ((long) depth + (long) positions * size));
      }
      read += want;
      cursor = page.next();
      last = page.items().get(want - 1).snapshot();
      if (read == target) {
        cursors.add(cursor);
        dueAts.add(ReminderSql.micros(last.dueAt()));
        ids.add(last.id().toString());
        offsets.add(read);
        target += size;
      }
    }
    return new DeepPositions(cursors, dueAts, ids, offsets);
  }

  /**
   * Checks that the library, the keyset SQL and the OFFSET SQL return the same page at every
   * position, and the library and SQL the same due-today list for every owner (and that some are
   * due).
   *
   * @throws IllegalStateException naming the first disagreement
   */
  static void requireAgreement(
      CrmStore store,
      Connection sql,
      DeepPositions deep,
      int size,
      List<UserRef> owners,
      int dueTodaySize) {
    for (int j = 0; j < deep.size(); j++) {
      List<ReminderSnapshot> library = libraryPageAfter(store, deep.cursors().get(j), size);
      List<ReminderSnapshot> keyset =
          ReminderSql.after(
              sql,
              ReminderData.TENANT,
              ReminderData.HOT_OWNER,
              deep.dueAts().get(j),
              deep.ids().get(j),
              size + 1);
      List<ReminderSnapshot> offset =
          ReminderSql.atOffset(
              sql, ReminderData.TENANT, ReminderData.HOT_OWNER, deep.offsets().get(j), size + 1);
      if (library.size() != size
          || !library.equals(keyset.subList(0, size))
          || !keyset.equals(offset)) {
        throw new IllegalStateException(
            "the page at depth " + deep.offsets().get(j) + " differs between library and SQL");
      }
    }
    int due = 0;
    for (UserRef owner : owners) {
      List<ReminderSnapshot> library = libraryDueToday(store, owner, dueTodaySize);
      List<ReminderSnapshot> baseline = sqlDueToday(sql, owner, dueTodaySize);
      if (!library.equals(baseline)) {
        throw new IllegalStateException(
            "due today for "
                + owner
                + ": the library returns "
                + library.size()
                + " reminders, the SQL "
                + baseline.size()
                + ", not the same");
      }
      due += library.size();
    }
    if (due == 0) {
      throw new IllegalStateException("no reminder of " + owners + " is due today: wrong data");
    }
  }

  private static List<ReminderSnapshot> snapshots(Page<Reminder> page) {
    return page.items().stream().map(Reminder::snapshot).toList();
  }
}
