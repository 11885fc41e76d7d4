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
  private static final SnapshotRows.Mapping<CustomerId, CustomerFacts, CustomerFacts> MAPPING =
      SnapshotRows.Mapping.identity(
          CustomerFacts::tenant,
          CustomerFacts::customer,
          CustomerFacts::version,
          CustomerFacts::withVersion);

  private final SnapshotRows<CustomerId, CustomerFacts, CustomerFacts> rows;

  InMemoryCustomerFactsRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.facts, MAPPING);
  }

  @Override
  public Optional<CustomerFacts> find(TenantId tenant, CustomerId customer) {
    return rows.find(tenant, customer);
  }

  @Override
  public CustomerFacts save(CustomerFacts facts) {
    return rows.save(facts);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return rows.delete(tenant, customer);
  }

  @Override
  public Page<CustomerFacts> find(TenantId tenant, PageRequest page) {
    return rows.page(tenant, null, f -> true, page);
  }
}
