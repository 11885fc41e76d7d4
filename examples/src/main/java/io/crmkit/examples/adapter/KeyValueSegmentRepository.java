package io.crmkit.examples.adapter;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentRepository;
import java.util.List;
import java.util.Optional;

/** Segment definitions, one row per segment keyed by its code, listed in code order. */
final class KeyValueSegmentRepository implements SegmentRepository {
  static final Table<SegmentKey, Segment> SEGMENTS =
      new Table<>(
          "segment",
          Segment.class,
          KeyFormat.code(SegmentKey::code, SegmentKey::of),
          Segment::tenant,
          Segment::key,
          Segment::version,
          Segment::withVersion);

  private final Transaction transaction;

  KeyValueSegmentRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentKey key) {
    return SEGMENTS.find(transaction, tenant, key);
  }

  @Override
  public Segment save(Segment segment) {
    return SEGMENTS.save(transaction, segment);
  }

  @Override
  public boolean delete(TenantId tenant, SegmentKey key) {
    return SEGMENTS.delete(transaction, tenant, key);
  }

  @Override
  public List<Segment> findAll(TenantId tenant) {
    return SEGMENTS.all(transaction, tenant, segment -> true);
  }
}
