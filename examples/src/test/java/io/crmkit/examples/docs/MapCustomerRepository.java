package io.crmkit.examples.docs;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CustomerRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snippet of docs/writing-a-storage-adapter.md: the rules every {@link CustomerRepository}
 * follows (versions, tenant scoping, keyset paging, no pending events), over one map per tenant. It
 * has no unit of work of its own; an adapter binds its repositories to one transaction.
 */
final class MapCustomerRepository implements CustomerRepository {
  private final Map<TenantId, NavigableMap<CustomerId, CustomerSnapshot>> tables =
      new ConcurrentHashMap<>();

  private NavigableMap<CustomerId, CustomerSnapshot> table(TenantId tenant) {
    // TreeMap orders CustomerId by its compareTo: 16 unsigned bytes, the order paging uses
    return tables.computeIfAbsent(tenant, t -> new TreeMap<>());
  }

  @Override
  public Optional<Customer> findById(TenantId tenant, CustomerId id) {
    return Optional.ofNullable(table(tenant).get(id)).map(Customer::restore);
  }

  @Override
  public Customer save(Customer customer) {
    CustomerSnapshot incoming = customer.snapshot();
    NavigableMap<CustomerId, CustomerSnapshot> table = table(incoming.tenant());
    CustomerSnapshot stored = table.get(incoming.id());
    long storedVersion = stored == null ? 0 : stored.version();
    boolean clash = incoming.version() == 0 ? stored != null : storedVersion != incoming.version();
    if (clash) {
      throw new ConcurrentUpdateException(
          "customer " + incoming.id(), incoming.version(), storedVersion);
    }
    CustomerSnapshot saved = incoming.withVersion(incoming.version() + 1);
    table.put(saved.id(), saved);
    return Customer.restore(saved); // a restored aggregate has no pending events
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return table(tenant).remove(id) != null;
  }

  @Override
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    NavigableMap<CustomerId, CustomerSnapshot> table = table(query.tenant());
    NavigableMap<CustomerId, CustomerSnapshot> rest =
        page.cursor()
            .map(c -> table.tailMap(CustomerId.parse(c.token()), false)) // strictly after
            .orElse(table);
    List<Customer> items = new ArrayList<>();
    for (CustomerSnapshot row : rest.values()) {
      if (!query.matches(row)) {
        continue;
      }
      if (items.size() == page.size()) { // one more match follows: hand out a cursor
        CustomerId last = items.get(items.size() - 1).id();
        return new Page<>(items, Cursor.of(last.toString()));
      }
      items.add(Customer.restore(row));
    }
    return new Page<>(items, null); // no next cursor only at the end
  }

  @Override
  public long count(CustomerQuery query) {
    return table(query.tenant()).values().stream().filter(query::matches).count();
  }
}
