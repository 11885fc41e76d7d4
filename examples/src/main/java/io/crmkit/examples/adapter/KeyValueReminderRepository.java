package io.crmkit.examples.adapter;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.ReminderRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reminders, one row per reminder keyed by id, and an index that lists them in due order: one key
 * {@code due SEP id} per reminder in the table {@code reminder-due}, whose value is the id. A save
 * moves the reminder's index key when its due instant changed, in the same unit of work; a list
 * scans the index after the cursor and reads each reminder it names.
 */
final class KeyValueReminderRepository implements ReminderRepository {
  static final Table<ReminderId, ReminderSnapshot> REMINDERS =
      new Table<>(
          "reminder",
          ReminderSnapshot.class,
          KeyFormat.uuid(ReminderId::value, ReminderId::parse),
          ReminderSnapshot::tenant,
          ReminderSnapshot::id,
          ReminderSnapshot::version,
          ReminderSnapshot::withVersion);

  private static final String BY_DUE = "reminder-due";

  private final Transaction transaction;

  KeyValueReminderRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Reminder> find(TenantId tenant, ReminderId id) {
    return REMINDERS.find(transaction, tenant, id).map(Reminder::restore);
  }

  @Override
  public Reminder save(Reminder reminder) {
    ReminderSnapshot incoming = reminder.snapshot();
    Optional<ReminderSnapshot> before =
        REMINDERS.find(transaction, incoming.tenant(), incoming.id());
    ReminderSnapshot saved = REMINDERS.save(transaction, incoming);
    String newIndexKey = indexKey(saved.tenant(), saved.dueAt(), saved.id());
    String oldIndexKey = before.map(r -> indexKey(r.tenant(), r.dueAt(), r.id())).orElse(null);
    if (!newIndexKey.equals(oldIndexKey)) {
      if (oldIndexKey != null) {
        transaction.delete(oldIndexKey);
      }
      transaction.put(newIndexKey, Keys.uuid(saved.id().value()), 0);
    }
    return Reminder.restore(saved);
  }

  @Override
  public boolean delete(TenantId tenant, ReminderId id) {
    Optional<ReminderSnapshot> before = REMINDERS.find(transaction, tenant, id);
    before.ifPresent(r -> transaction.delete(indexKey(tenant, r.dueAt(), id)));
    return REMINDERS.delete(transaction, tenant, id);
  }

  /**
   * Lists the matching reminders by due instant, then id; the cursor is {@code due|id}, as the
   * in-order position of the last reminder of the page.
   */
  @Override
  public Page<Reminder> find(ReminderQuery query, PageRequest page) {
    TenantId tenant = query.tenant();
    Cursor cursor = page.after();
    String after = cursor == null ? null : afterKey(tenant, cursor);
    List<ReminderSnapshot> items = new ArrayList<>(page.size());
    boolean[] more = {false};
    transaction.scan(
        Keys.prefix(tenant, BY_DUE),
        after,
        (key, stored) -> {
          ReminderSnapshot reminder =
              REMINDERS.find(transaction, tenant, ReminderId.parse(stored.text())).orElseThrow();
          if (!query.matches(reminder)) {
            return true;
          }
          if (items.size() == page.size()) {
            more[0] = true;
            return false;
          }
          items.add(reminder);
          return true;
        });
    ReminderSnapshot last = items.isEmpty() ? null : items.get(items.size() - 1);
    Cursor next = more[0] ? Cursor.of(last.dueAt() + "|" + last.id()) : null;
    return new Page<>(items.stream().map(Reminder::restore).toList(), next);
  }

  @Override
  public long count(ReminderQuery query) {
    return REMINDERS.count(transaction, query.tenant(), query::matches);
  }

  private static String indexKey(TenantId tenant, Instant due, ReminderId id) {
    return Keys.key(tenant, BY_DUE, Keys.join(Keys.instant(due), Keys.uuid(id.value())));
  }

  private static String afterKey(TenantId tenant, Cursor cursor) {
    String token = cursor.token();
    int bar = token.lastIndexOf('|');
    try {
      return indexKey(
          tenant,
          Instant.parse(token.substring(0, bar)),
          ReminderId.parse(token.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ValidationException.of("cursor", token, "must be a cursor returned by this store");
    }
  }
}
