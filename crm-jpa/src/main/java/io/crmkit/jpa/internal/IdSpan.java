package io.crmkit.jpa.internal;

import jakarta.persistence.TypedQuery;
import java.util.Collection;

/**
 * The lowest and highest of a non-empty list of ids, bound as {@code x between :lowest and
 * :highest} beside {@code x in :ids}. The range is redundant for the result, but H2 2.5 reads an
 * index for an {@code in} list only on the index's first column: behind {@code tenant_id}, which
 * leads every key, {@code tenant_id = ? and customer_id in (…)} scans the tenant's whole index
 * range once per query, so that reading a page's children grows with the tenant. The range bounds
 * the scan to the ids' span, which for a page walked in id order is the page's own stretch of the
 * index. PostgreSQL and MariaDB use the {@code in} list as index lookups either way.
 *
 * <p>The ids are canonical UUID texts (ASCII), whose order in Java's {@link String#compareTo} is
 * the schema's: every id column compares bytewise (PostgreSQL {@code "C"}, MariaDB {@code
 * ascii_bin}, H2's default).
 */
record IdSpan(String lowest, String highest) {
  /**
   * The JPQL condition on {@code path}, with the parameters {@code lowestId} and {@code highestId}.
   */
  static String between(String path) {
    return path + " between :lowestId and :highestId";
  }

  /** Returns the span of {@code ids}, which must not be empty. */
  static IdSpan of(Collection<String> ids) {
    String lowest = null;
    String highest = null;
    for (String id : ids) {
      if (lowest == null || id.compareTo(lowest) < 0) {
        lowest = id;
      }
      if (highest == null || id.compareTo(highest) > 0) {
        highest = id;
      }
    }
    if (lowest == null) {
      throw new IllegalArgumentException("no ids");
    }
    return new IdSpan(lowest, highest);
  }

  /** Binds the parameters of {@link #between}. */
  <T> TypedQuery<T> bind(TypedQuery<T> query) {
    return query.setParameter("lowestId", lowest).setParameter("highestId", highest);
  }
}
