package io.crmkit.jpa.internal;

import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;

/**
 * Where a page of reminders ends: the due instant (microseconds) and id of its last reminder. Its
 * cursor token is {@code <due instant, ISO-8601>|<id>}; the next page starts strictly after both.
 */
record ReminderCursor(long dueAt, String id) {

  static Cursor after(ReminderRow last) {
    return Cursor.of(Micros.instant(last.dueAt) + "|" + last.id);
  }

  /**
   * Parses a token that {@link #after} wrote.
   *
   * @throws ValidationException naming {@code cursor} for any other token
   */
  static ReminderCursor parse(Cursor cursor) {
    String token = cursor.token();
    int bar = token.lastIndexOf('|');
    try {
      Instant due = Instant.parse(token.substring(0, bar));
      String id = ReminderId.parse(token.substring(bar + 1)).toString();
      return new ReminderCursor(Micros.of("cursor", due), id);
    } catch (RuntimeException e) {
      throw ValidationException.of("cursor", token, "must be a cursor returned by this store");
    }
  }
}
