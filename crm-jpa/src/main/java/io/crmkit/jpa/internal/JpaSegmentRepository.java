package io.crmkit.jpa.internal;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The segment repository of one JPA unit of work: {@code crm_segment}, one row per segment. */
final class JpaSegmentRepository implements SegmentRepository {
  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<SegmentRow> rows;

  JpaSegmentRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.rows = new VersionedRows<>(unitOfWork, SegmentRow.class);
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentKey key) {
    return unitOfWork.call(
        "segment " + key,
        () -> Optional.ofNullable(rows.find(key(tenant, key))).map(SegmentRow::read));
  }

  @Override
  public Segment save(Segment segment) {
    String what = "segment " + segment.key();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(segment.tenant(), segment.key());
          rows.save(what, key, segment.version(), () -> new SegmentRow(key), r -> r.write(segment));
          return segment.withVersion(segment.version() + 1);
        });
  }

  @Override
  public boolean delete(TenantId tenant, SegmentKey key) {
    return unitOfWork.call("segment " + key, () -> rows.delete(key(tenant, key), r -> {}));
  }

  @Override
  public List<Segment> findAll(TenantId tenant) {
    return unitOfWork.call(
        "segments of tenant " + tenant,
        () -> rows.all(tenant.value(), SegmentRow::read, Comparator.comparing(Segment::key)));
  }

  private static RowKey key(TenantId tenant, SegmentKey key) {
    return new RowKey(tenant.value(), key.code());
  }
}
