package io.crmkit.core.memory;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The segment repository of one in-memory unit of work. */
final class InMemorySegmentRepository implements SegmentRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemorySegmentRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Segment> find(TenantId tenant, SegmentKey key) {
    return unitOfWork.read(() -> Optional.ofNullable(unitOfWork.segments.get(tenant, key)));
  }

  @Override
  public Segment save(Segment segment) {
    Segment next = segment.withVersion(segment.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.segments.put(segment.tenant(), segment.key(), next, segment.version());
          return next;
        });
  }

  @Override
  public boolean delete(TenantId tenant, SegmentKey key) {
    return unitOfWork.write(() -> unitOfWork.segments.remove(tenant, key));
  }

  @Override
  public List<Segment> findAll(TenantId tenant) {
    return unitOfWork.read(
        () -> {
          List<Segment> all = new ArrayList<>();
          PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
          while (request != null) {
            Page<Segment> page = unitOfWork.segments.page(tenant, null, l -> true, request);
            all.addAll(page.items());
            request = page.nextRequest(PageRequest.MAX_SIZE).orElse(null);
          }
          return all;
        });
  }
}
