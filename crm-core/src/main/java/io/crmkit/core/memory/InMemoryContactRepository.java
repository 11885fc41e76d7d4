package io.crmkit.core.memory;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.ContactRepository;
import java.util.Optional;

/** The contact repository of one in-memory unit of work; indexed by customer. */
final class InMemoryContactRepository implements ContactRepository {
  private static final SnapshotRows.Mapping<ContactId, ContactSnapshot, Contact> MAPPING =
      new SnapshotRows.Mapping<>(
          Contact::snapshot,
          Contact::restore,
          ContactSnapshot::tenant,
          ContactSnapshot::id,
          ContactSnapshot::version,
          ContactSnapshot::withVersion);

  private final SnapshotRows<ContactId, ContactSnapshot, Contact> rows;

  InMemoryContactRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.contacts, MAPPING);
  }

  @Override
  public Optional<Contact> findById(TenantId tenant, ContactId id) {
    return rows.find(tenant, id);
  }

  @Override
  public Contact save(Contact contact) {
    return rows.save(contact);
  }

  @Override
  public boolean delete(TenantId tenant, ContactId id) {
    return rows.delete(tenant, id);
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return rows.deleteAll(tenant, customer, c -> c.customer().equals(customer));
  }

  @Override
  public Page<Contact> find(ContactQuery query, PageRequest page) {
    return rows.page(query.tenant(), query.customer(), query::matches, page);
  }

  @Override
  public long count(ContactQuery query) {
    return rows.count(query.tenant(), query.customer(), query::matches);
  }
}
