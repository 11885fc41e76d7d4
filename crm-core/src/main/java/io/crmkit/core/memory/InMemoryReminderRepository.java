package io.crmkit.core.memory;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reminder repository of one in-memory unit of work. Lists are ordered by due instant, then id:
 * the store gathers the matching reminders (by the owner index when the query names an owner, else
 * by the customer index when it names a customer), sorts them and starts after the cursor.
 */
final class InMemoryReminderRepository implements ReminderRepository {
  private static final Comparator<ReminderSnapshot> BY_DUE = Comparator.comparing(DueKey::of);

  /** Where a reminder sorts: due instant, then id; a cursor encodes it as {@code due|id}. */
  private record DueKey(Instant due, ReminderId id) implements Comparable<DueKey> {
    static DueKey of(ReminderSnapshot r) {
      return new DueKey(r.dueAt(), r.id());
    }

    @Override
    public int compareTo(DueKey other) {
      int byDue = due.compareTo(other.due);
      return byDue != 0 ? byDue : id.compareTo(other.id);
    }

    @Override
    public String toString() {
      return due + "|" + id;
    }
  }

  private static final SnapshotRows.Mapping<ReminderId, ReminderSnapshot, Reminder> MAPPING =
      new SnapshotRows.Mapping<>(
          Reminder::snapshot,
          Reminder::restore,
          ReminderSnapshot::tenant,
          ReminderSnapshot::id,
          ReminderSnapshot::version,
          ReminderSnapshot::withVersion);

  private final SnapshotRows<ReminderId, ReminderSnapshot, Reminder> rows;

  InMemoryReminderRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.reminders, MAPPING);
  }

  @Override
  public Optional<Reminder> find(TenantId tenant, ReminderId id) {
    return rows.find(tenant, id);
  }

  @Override
  public Reminder save(Reminder reminder) {
    return rows.save(reminder);
  }

  @Override
  public boolean delete(TenantId tenant, ReminderId id) {
    return rows.delete(tenant, id);
  }

  @Override
  public Page<Reminder> find(ReminderQuery query, PageRequest page) {
    DueKey after = page.after() == null ? null : parse(page.after());
    List<ReminderSnapshot> sorted =
        rows.all(query.tenant(), indexed(query), query::matches).stream()
            .filter(r -> after == null || DueKey.of(r).compareTo(after) > 0)
            .sorted(BY_DUE)
            .limit(page.size() + 1L)
            .toList();
    if (sorted.size() <= page.size()) {
      return new Page<>(sorted.stream().map(Reminder::restore).toList(), null);
    }
    List<ReminderSnapshot> items = sorted.subList(0, page.size());
    ReminderSnapshot last = items.get(items.size() - 1);
    return new Page<>(
        items.stream().map(Reminder::restore).toList(), Cursor.of(DueKey.of(last).toString()));
  }

  @Override
  public long count(ReminderQuery query) {
    return rows.all(query.tenant(), indexed(query), query::matches).size();
  }

  /** The narrowest index the query can use: its owner, else its customer, else none. */
  private static @Nullable Object indexed(ReminderQuery query) {
    return query.owner() != null ? query.owner() : query.customer();
  }

  private static DueKey parse(Cursor cursor) {
    String token = cursor.token();
    int bar = token.lastIndexOf('|');
    try {
      return new DueKey(
          Instant.parse(token.substring(0, bar)), ReminderId.parse(token.substring(bar + 1)));
    } catch (RuntimeException e) {
      throw ValidationException.of("cursor", token, "must be a cursor returned by this store");
    }
  }
}
