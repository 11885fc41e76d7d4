package io.crmkit.benchmarks;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.Recurrence;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * B4's baseline: an owner's live reminders read with hand-written SQL on the index {@code
 * (tenant_id, owner_ref, due_at_us, id)}, each row mapped by hand to the same {@link
 * ReminderSnapshot} the library returns. Three queries: a due-time window (first page), the page
 * after a keyset position (written as the library writes it, {@code due >= d and (due > d or id >
 * i)}, which bounds an index range scan on every database), and the page at an {@code OFFSET}. Each
 * orders as the library does on the database ({@link #spelledFor}): by {@code tenant_id, owner_ref,
 * due_at_us, id} on H2 and PostgreSQL, by {@code due_at_us, id} on MariaDB, which sorts the whole
 * range when the order names the text columns fixed by the parameters.
 */
final class ReminderSql {
  private static final String SELECT =
      "select id, tenant_id, version, created_at_us, updated_at_us, customer_id, contact_id,"
          + " owner_ref, kind, title, note, due_local, zone_id, lead_times, rrule,"
          + " series_start_local, status, snoozed_until_us, closed_at_us, generated_by,"
          + " idempotency_key, superseded, announced_at_us, due_at_us from crm_reminder"
          + " where tenant_id = ? and owner_ref = ? and status in ('OPEN', 'SNOOZED')";

  /** The due-window query: {@code [from, before)}, first page. */
  static final String DUE_BETWEEN =
      SELECT
          + " and due_at_us >= ? and due_at_us < ? order by tenant_id, owner_ref, due_at_us, id limit ?";

  /** The page after a keyset position. */
  static final String AFTER =
      SELECT
          + " and due_at_us >= ? and (due_at_us > ? or id > ?) order by tenant_id, owner_ref, due_at_us, id limit ?";

  /** The page at an offset. */
  static final String AT_OFFSET =
      SELECT + " order by tenant_id, owner_ref, due_at_us, id limit ? offset ?";

  private static final String INDEX_ORDER = "order by tenant_id, owner_ref, due_at_us, id";

  private ReminderSql() {}

  /** Returns one of this class's statements with the order MariaDB reads in index order. */
  static String spelledFor(BenchDatabase database, String sql) {
    return database == BenchDatabase.MARIADB
        ? sql.replace(INDEX_ORDER, "order by due_at_us, id")
        : sql;
  }

  /** Returns the owner's live reminders due in {@code [from, before)}, at most {@code limit}. */
  static List<ReminderSnapshot> dueBetween(
      Connection c, TenantId tenant, UserRef owner, Instant from, Instant before, int limit) {
    return query(
        c, DUE_BETWEEN, tenant.value(), owner.value(), micros(from), micros(before), limit);
  }

  /**
   * Returns the owner's live reminders strictly after {@code (dueAt, id)}, at most {@code limit}.
   */
  static List<ReminderSnapshot> after(
      Connection c, TenantId tenant, UserRef owner, long dueAtMicros, String id, int limit) {
    return query(c, AFTER, tenant.value(), owner.value(), dueAtMicros, dueAtMicros, id, limit);
  }

  /** Returns the owner's live reminders after skipping {@code offset}, at most {@code limit}. */
  static List<ReminderSnapshot> atOffset(
      Connection c, TenantId tenant, UserRef owner, long offset, int limit) {
    return query(c, AT_OFFSET, tenant.value(), owner.value(), limit, offset);
  }

  private static List<ReminderSnapshot> query(Connection c, String sql, Object... parameters) {
    try (PreparedStatement s = c.prepareStatement(spelledFor(database(c), sql))) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      List<ReminderSnapshot> result = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          result.add(read(r));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new StorageException("the reminder query failed: " + e.getMessage(), e);
    }
  }

  private static BenchDatabase database(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    return product.contains("MariaDB")
        ? BenchDatabase.MARIADB
        : product.contains("PostgreSQL") ? BenchDatabase.POSTGRESQL : BenchDatabase.H2;
  }

  private static ReminderSnapshot read(ResultSet r) throws SQLException {
    ZoneId zone = ZoneId.of(r.getString("zone_id"));
    List<Duration> leads = new ArrayList<>();
    String leadText = r.getString("lead_times");
    if (!leadText.isEmpty()) {
      for (String record : leadText.split("\n")) {
        leads.add(Duration.parse(record.substring(record.indexOf('|') + 1)));
      }
    }
    String customer = r.getString("customer_id");
    String contact = r.getString("contact_id");
    String rrule = r.getString("rrule");
    return new ReminderSnapshot(
        ReminderId.parse(r.getString("id")),
        TenantId.of(r.getString("tenant_id")),
        r.getLong("version"),
        instant(r.getLong("created_at_us")),
        instant(r.getLong("updated_at_us")),
        customer == null ? null : CustomerId.parse(customer),
        contact == null ? null : ContactId.parse(contact),
        UserRef.of(r.getString("owner_ref")),
        ReminderKind.valueOf(r.getString("kind")),
        r.getString("title"),
        r.getString("note"),
        LocalDateTime.parse(r.getString("due_local")),
        zone,
        leads,
        rrule == null ? null : Recurrence.parse(rrule, zone),
        LocalDateTime.parse(r.getString("series_start_local")),
        ReminderStatus.valueOf(r.getString("status")),
        instantOrNull(r, "snoozed_until_us"),
        instantOrNull(r, "closed_at_us"),
        r.getString("generated_by"),
        r.getString("idempotency_key"),
        r.getBoolean("superseded"),
        instantOrNull(r, "announced_at_us"));
  }

  private static @Nullable Instant instantOrNull(ResultSet r, String column) throws SQLException {
    long micros = r.getLong(column);
    return r.wasNull() ? null : instant(micros);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }
}
