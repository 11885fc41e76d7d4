package io.crmkit.core.memory;

import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TierLadderRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tier-ladder repository of one in-memory unit of work. */
final class InMemoryTierLadderRepository implements TierLadderRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryTierLadderRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<TierLadder> find(TenantId tenant, LadderKey key) {
    return unitOfWork.read(() -> Optional.ofNullable(unitOfWork.tierLadders.get(tenant, key)));
  }

  @Override
  public TierLadder save(TierLadder ladder) {
    TierLadder next = ladder.withVersion(ladder.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.tierLadders.put(ladder.tenant(), ladder.key(), next, ladder.version());
          return next;
        });
  }

  @Override
  public boolean delete(TenantId tenant, LadderKey key) {
    return unitOfWork.write(() -> unitOfWork.tierLadders.remove(tenant, key));
  }

  @Override
  public List<TierLadder> findAll(TenantId tenant) {
    return unitOfWork.read(
        () -> {
          List<TierLadder> all = new ArrayList<>();
          PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
          while (request != null) {
            Page<TierLadder> page = unitOfWork.tierLadders.page(tenant, null, l -> true, request);
            all.addAll(page.items());
            request = page.nextRequest(PageRequest.MAX_SIZE).orElse(null);
          }
          return all;
        });
  }
}
