package io.crmkit.jpa.internal;

import io.crmkit.core.shared.ConcurrentUpdateException;
import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The version rule of every save of a {@link VersionedRow}: a snapshot at version 0 inserts and
 * requires that no row exists; any other version requires the stored row at exactly that version.
 * The saved row holds the version one higher.
 */
final class RowVersions {
  private RowVersions() {}

  /**
   * Returns the stored row a save at {@code expected} replaces, or {@code null} when it inserts.
   *
   * @throws ConcurrentUpdateException if the stored version is not {@code expected}
   */
  static <R extends VersionedRow> @Nullable R stored(
      EntityManager em, Class<R> type, Object key, long expected, String what) {
    R row = em.find(type, key);
    long stored = row == null ? -1 : row.version();
    if (expected == 0 ? row != null : stored != expected) {
      throw new ConcurrentUpdateException(what, expected, stored);
    }
    return row;
  }

  /**
   * Writes a save at {@code expected} into the stored row, or into a new row it persists when
   * {@code stored} is null; returns the row.
   */
  static <R extends VersionColumns<?>> R write(
      EntityManager em,
      @Nullable R stored,
      Supplier<R> create,
      long expected,
      Consumer<R> columns) {
    R row = stored == null ? create.get() : stored;
    columns.accept(row);
    row.version = expected + 1;
    if (stored == null) {
      em.persist(row);
    }
    return row;
  }

  /** Removes the row if it exists and writes the removal now; returns whether it existed. */
  static boolean remove(EntityManager em, @Nullable Object row, Runnable beforeRemoval) {
    if (row == null) {
      return false;
    }
    beforeRemoval.run();
    em.remove(row);
    // written now, so that a later insert of the same key in this unit of work follows it
    em.flush();
    return true;
  }
}
