package io.crmkit.spi;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the tenants' {@link Segment} definitions, keyed by tenant and segment key. Obtained from a
 * {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface SegmentRepository {

  /** Finds a segment; empty for an unknown key or another tenant's segment. */
  Optional<Segment> find(TenantId tenant, SegmentKey key);

  /**
   * Inserts or updates a segment and returns it at its new stored version; the same version rules
   * as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  Segment save(Segment segment);

  /** Removes a segment; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, SegmentKey key);

  /** Returns every segment of the tenant, in ascending key order. */
  List<Segment> findAll(TenantId tenant);
}
