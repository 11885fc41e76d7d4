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

/** The customer repository of one in-memory unit of work; indexed by parent. */
final class InMemoryCustomerRepository implements CustomerRepository {
  private static final SnapshotRows.Mapping<CustomerId, CustomerSnapshot, Customer> MAPPING =
      new SnapshotRows.Mapping<>(
          Customer::snapshot,
          Customer::restore,
          CustomerSnapshot::tenant,
          CustomerSnapshot::id,
          CustomerSnapshot::version,
          CustomerSnapshot::withVersion);

  private final SnapshotRows<CustomerId, CustomerSnapshot, Customer> rows;

  InMemoryCustomerRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.customers, MAPPING);
  }

  @Override
  public Optional<Customer> findById(TenantId tenant, CustomerId id) {
    return rows.find(tenant, id);
  }

  @Override
  public Customer save(Customer customer) {
    return rows.save(customer);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return rows.delete(tenant, id);
  }

  @Override
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    return rows.page(query.tenant(), query.parent(), query::matches, page);
  }

  @Override
  public long count(CustomerQuery query) {
    return rows.count(query.tenant(), query.parent(), query::matches);
  }
}
