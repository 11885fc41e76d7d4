package io.crmkit.jpa.internal;

import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmException;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.ValidationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a provider or driver throws into crmkit's exceptions, the same for Hibernate and
 * EclipseLink on H2, PostgreSQL and MariaDB:
 *
 * <ul>
 *   <li>a stale version ({@link OptimisticLockException}, also as the cause of a {@code
 *       RollbackException} on commit) → {@link ConcurrentUpdateException};
 *   <li>a duplicate key (SQLSTATE 23505, or MariaDB's 23000 with error 1062) → {@link
 *       ConcurrentUpdateException}: every unique key of the schema is a primary key of a
 *       library-assigned id, so a duplicate means another unit of work inserted the same id first;
 *   <li>a value too long for its column (SQLSTATE 22001) → {@link ValidationException} naming the
 *       crmkit field when the database names the column;
 *   <li>anything else → {@link StorageException} wrapping the cause.
 * </ul>
 */
public final class Failures {
  private static final Pattern QUOTED = Pattern.compile("[\"'`]([A-Za-z_]+)[\"' `]");

  /** crmkit field names of the columns a too-long value may be reported for. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("tenant_id", "tenant"),
          Map.entry("name_chinese", "name.chinese"),
          Map.entry("name_chinese_family", "name.chinese.family"),
          Map.entry("name_latin", "name.latin"),
          Map.entry("name_latin_family", "name.latin.family"),
          Map.entry("industry", "industry"),
          Map.entry("size_band", "sizeBand"),
          Map.entry("purchase_frequency", "purchaseFrequency"),
          Map.entry("category", "category"),
          Map.entry("region", "region"),
          Map.entry("source", "source"),
          Map.entry("owner_ref", "owner"),
          Map.entry("tag", "tags"),
          Map.entry("title", "title"),
          Map.entry("department", "department"),
          Map.entry("search_key", "name"));

  private Failures() {}

  /**
   * Returns the crmkit exception for a failure of the provider, or the failure itself when it is a
   * crmkit exception already.
   *
   * @param failure what the provider threw
   * @param what the aggregate the failed operation was about, for the message ({@code customer
   *     1f…}), or {@code null} when unknown
   */
  public static RuntimeException translate(
      RuntimeException failure, @Nullable String what, StoredVersions stored) {
    if (failure instanceof CrmException) {
      return failure;
    }
    OptimisticLockException stale = causeOf(failure, OptimisticLockException.class);
    if (stale != null) {
      Object entity = stale.getEntity();
      if (entity instanceof VersionedRow row) {
        return conflict(
            row.describe(),
            // the row holds the version of the failed save; it was based on the one before
            row.version() - 1,
            stored.version(entity.getClass(), row.key()),
            failure);
      }
      return conflict(what == null ? "a row of this unit of work" : what, 0, -1, failure);
    }
    String subject = what == null ? "this unit of work" : what;
    SQLException sql = causeOf(failure, SQLException.class);
    if (sql != null) {
      String state = sql.getSQLState() == null ? "" : sql.getSQLState();
      if (state.equals("23505") || state.equals("23000") && sql.getErrorCode() == 1062) {
        // only primary keys of library-assigned ids are unique: another unit of work inserted
        // the same id first
        return conflict("an id inserted by " + subject, 0, 1, failure);
      }
      if (state.equals("22001")) {
        return tooLong(sql);
      }
    }
    if (failure instanceof PersistenceException) {
      return new StorageException(
          "the database refused " + subject + ": " + message(failure), failure);
    }
    return failure;
  }

  /** Reads the version a row has in the database now, outside the failed unit of work. */
  @FunctionalInterface
  public interface StoredVersions {
    /** Returns the committed version of the row, or -1 if there is none or it cannot be read. */
    long version(Class<?> rowType, Object key);
  }

  private static RuntimeException conflict(
      String subject, long expected, long actual, RuntimeException cause) {
    ConcurrentUpdateException conflict = new ConcurrentUpdateException(subject, expected, actual);
    conflict.addSuppressed(cause);
    return conflict;
  }

  private static ValidationException tooLong(SQLException sql) {
    String message = sql.getMessage() == null ? "" : sql.getMessage();
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      String field = FIELDS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (field != null) {
        return ValidationException.of(field, null, "must fit its database column");
      }
    }
    return ValidationException.of("value", null, "must fit its database column: " + message);
  }

  private static String message(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    return String.valueOf(deepest.getMessage());
  }

  private static <T extends Throwable> @Nullable T causeOf(Throwable failure, Class<T> type) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause();
    }
    return null;
  }
}
