package io.crmkit.examples.adapter;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CustomerRepository;
import java.util.Optional;

/** Customers, one row per customer keyed by id; lists scan the tenant's customers in id order. */
final class KeyValueCustomerRepository implements CustomerRepository {
  static final Table<CustomerId, CustomerSnapshot> CUSTOMERS =
      new Table<>(
          "customer",
          CustomerSnapshot.class,
          KeyFormat.uuid(CustomerId::value, CustomerId::parse),
          CustomerSnapshot::tenant,
          CustomerSnapshot::id,
          CustomerSnapshot::version,
          CustomerSnapshot::withVersion);

  private final Transaction transaction;

  KeyValueCustomerRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Customer> findById(TenantId tenant, CustomerId id) {
    return CUSTOMERS.find(transaction, tenant, id).map(Customer::restore);
  }

  @Override
  public Customer save(Customer customer) {
    return Customer.restore(CUSTOMERS.save(transaction, customer.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return CUSTOMERS.delete(transaction, tenant, id);
  }

  @Override
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    return CUSTOMERS.page(transaction, query.tenant(), query::matches, page).map(Customer::restore);
  }

  @Override
  public long count(CustomerQuery query) {
    return CUSTOMERS.count(transaction, query.tenant(), query::matches);
  }
}
