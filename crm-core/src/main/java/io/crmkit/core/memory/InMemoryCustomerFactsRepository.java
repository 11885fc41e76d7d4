package io.crmkit.core.memory;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CustomerFactsRepository;
import java.util.Optional;

/** The customer-facts repository of one in-memory unit of work. */
final class InMemoryCustomerFactsRepository implements CustomerFactsRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryCustomerFactsRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<CustomerFacts> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.read(() -> Optional.ofNullable(unitOfWork.facts.get(tenant, customer)));
  }

  @Override
  public CustomerFacts save(CustomerFacts facts) {
    CustomerFacts next = facts.withVersion(facts.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.facts.put(facts.tenant(), facts.customer(), next, facts.version());
          return next;
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(() -> unitOfWork.facts.remove(tenant, customer));
  }

  @Override
  public Page<CustomerFacts> find(TenantId tenant, PageRequest page) {
    return unitOfWork.read(() -> unitOfWork.facts.page(tenant, null, f -> true, page));
  }
}
