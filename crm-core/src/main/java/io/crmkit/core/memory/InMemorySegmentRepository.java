package io.crmkit.core.memory;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentRepository;
import java.util.List;
import java.util.Optional;

/** The segment repository of one in-memory unit of work. */
final class InMemorySegmentRepository implements SegmentRepository {
  private static final SnapshotRows.Mapping<SegmentKey, Segment, Segment> MAPPING =
      SnapshotRows.Mapping.identity(
          Segment::tenant, Segment::key, Segment::version, Segment::withVersion);

  private final SnapshotRows<SegmentKey, Segment, Segment> rows;

  InMemorySegmentRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.segments, MAPPING);
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentKey key) {
    return rows.find(tenant, key);
  }

  @Override
  public Segment save(Segment value) {
    return rows.save(value);
  }

  @Override
  public boolean delete(TenantId tenant, SegmentKey key) {
    return rows.delete(tenant, key);
  }

  @Override
  public List<Segment> findAll(TenantId tenant) {
    return rows.all(tenant);
  }
}
