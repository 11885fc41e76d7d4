package io.crmkit.jpa.internal;

import io.crmkit.core.shared.ConcurrentUpdateException;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

/**
 * The check every save of a versioned row makes before it writes anything, so that a failed save
 * leaves the stored row unchanged: version 0 inserts and requires that no row has the key; any
 * other version must equal the stored one.
 */
final class VersionCheck {
  private VersionCheck() {}

  /**
   * Returns the stored row a save at {@code version} updates, or {@code null} when it inserts.
   *
   * @throws ConcurrentUpdateException naming {@code what} when the version does not match
   */
  static <R extends VersionedRow> @Nullable R stored(
      EntityManager em, Class<R> type, RowKey key, long version, String what) {
    R row = em.find(type, key);
    long stored = row == null ? -1 : row.version();
    if (version == 0 ? row != null : stored != version) {
      throw new ConcurrentUpdateException(what, version, stored);
    }
    return row;
  }
}
