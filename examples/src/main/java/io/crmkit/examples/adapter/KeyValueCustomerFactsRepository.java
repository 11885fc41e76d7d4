package io.crmkit.examples.adapter;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CustomerFactsRepository;
import java.util.Optional;

/** Customer facts, one row per customer keyed by customer id, listed in customer id order. */
final class KeyValueCustomerFactsRepository implements CustomerFactsRepository {
  static final Table<CustomerId, CustomerFacts> FACTS =
      new Table<>(
          "facts",
          CustomerFacts.class,
          KeyFormat.uuid(CustomerId::value, CustomerId::parse),
          CustomerFacts::tenant,
          CustomerFacts::customer,
          CustomerFacts::version,
          CustomerFacts::withVersion);

  private final Transaction transaction;

  KeyValueCustomerFactsRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<CustomerFacts> find(TenantId tenant, CustomerId customer) {
    return FACTS.find(transaction, tenant, customer);
  }

  @Override
  public CustomerFacts save(CustomerFacts facts) {
    return FACTS.save(transaction, facts);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return FACTS.delete(transaction, tenant, customer);
  }

  @Override
  public Page<CustomerFacts> find(TenantId tenant, PageRequest page) {
    return FACTS.page(transaction, tenant, facts -> true, page);
  }
}
