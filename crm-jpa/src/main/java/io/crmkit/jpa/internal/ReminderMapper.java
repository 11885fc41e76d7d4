package io.crmkit.jpa.internal;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.Recurrence;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps a {@link ReminderSnapshot} to a {@link ReminderRow} and back. */
final class ReminderMapper {
  private ReminderMapper() {}

  /**
   * Writes every field of the snapshot but the version into the row.
   *
   * @throws ValidationException if an instant is out of range, or the recurrence has an UNTIL finer
   *     than a second (which its RRULE text cannot hold)
   */
  static void write(ReminderSnapshot s, ReminderRow row) {
    row.createdAt = Micros.of("createdAt", s.createdAt());
    row.updatedAt = Micros.of("updatedAt", s.updatedAt());
    row.customer = s.customer() == null ? null : s.customer().toString();
    row.contact = s.contact() == null ? null : s.contact().toString();
    row.owner = s.owner().value();
    row.kind = s.kind().name();
    row.title = s.title();
    row.note = s.note();
    row.due = s.due().toString();
    row.zone = s.zone().getId();
    List<List<@Nullable String>> leads = new ArrayList<>(s.leadTimes().size());
    for (Duration lead : s.leadTimes()) {
      List<@Nullable String> fields = new ArrayList<>(List.of("L", lead.toString()));
      leads.add(fields);
    }
    row.leadTimes = TextRecords.encode(leads);
    row.recurrence = s.recurrence() == null ? null : rrule(s.recurrence(), s.zone());
    row.seriesStart = s.seriesStart().toString();
    row.status = s.status().name();
    row.snoozedUntil = Micros.ofNullable("snoozedUntil", s.snoozedUntil());
    row.closedAt = Micros.ofNullable("closedAt", s.closedAt());
    row.generatedBy = s.generatedBy();
    row.idempotencyKey = s.idempotencyKey();
    row.superseded = s.superseded();
    row.dueAt = Micros.of("due", s.dueAt());
  }

  static ReminderSnapshot read(ReminderRow row) {
    ZoneId zone = ZoneId.of(row.zone);
    List<Duration> leadTimes = new ArrayList<>();
    for (List<@Nullable String> lead : TextRecords.decode(row.leadTimes)) {
      String text = lead.size() == 2 && "L".equals(lead.get(0)) ? lead.get(1) : null;
      if (text == null) {
        throw new IllegalArgumentException("not a lead time record: " + lead);
      }
      leadTimes.add(Duration.parse(text));
    }
    return new ReminderSnapshot(
        ReminderId.parse(row.id),
        TenantId.of(row.tenant),
        row.version,
        Micros.instant(row.createdAt),
        Micros.instant(row.updatedAt),
        row.customer == null ? null : CustomerId.parse(row.customer),
        row.contact == null ? null : ContactId.parse(row.contact),
        UserRef.of(row.owner),
        ReminderKind.valueOf(row.kind),
        row.title,
        row.note,
        LocalDateTime.parse(row.due),
        zone,
        leadTimes,
        row.recurrence == null ? null : Recurrence.parse(row.recurrence, zone),
        LocalDateTime.parse(row.seriesStart),
        ReminderStatus.valueOf(row.status),
        Micros.instantOrNull(row.snoozedUntil),
        Micros.instantOrNull(row.closedAt),
        row.generatedBy,
        row.idempotencyKey,
        row.superseded);
  }

  /** Returns the RRULE text of a recurrence, refusing one that would not parse back equal. */
  private static String rrule(Recurrence recurrence, ZoneId zone) {
    String text = recurrence.toString();
    if (!Recurrence.parse(text, zone).equals(recurrence)) {
      throw ValidationException.of(
          "recurrence", recurrence, "must have an UNTIL in whole seconds to be stored");
    }
    return text;
  }
}
