package io.crmkit.core.memory;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CustomerRepository;
import java.util.Optional;

/** The customer repository of one in-memory unit of work. */
final class InMemoryCustomerRepository implements CustomerRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryCustomerRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Customer> findById(TenantId tenant, CustomerId id) {
    return unitOfWork.read(
        () -> Optional.ofNullable(unitOfWork.customers.get(tenant, id)).map(Customer::restore));
  }

  @Override
  public Customer save(Customer customer) {
    CustomerSnapshot state = customer.snapshot();
    CustomerSnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.customers.put(state.tenant(), state.id(), next, state.version());
          return Customer.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return unitOfWork.write(() -> unitOfWork.customers.remove(tenant, id));
  }

  @Override
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    return unitOfWork
        .read(() -> unitOfWork.customers.page(query.tenant(), query.parent(), query::matches, page))
        .map(Customer::restore);
  }

  @Override
  public long count(CustomerQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.customers.count(query.tenant(), query.parent(), query::matches));
  }
}
