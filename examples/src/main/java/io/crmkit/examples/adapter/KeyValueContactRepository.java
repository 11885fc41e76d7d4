package io.crmkit.examples.adapter;

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

/** Contacts, one row per contact keyed by id; lists scan the tenant's contacts in id order. */
final class KeyValueContactRepository implements ContactRepository {
  static final Table<ContactId, ContactSnapshot> CONTACTS =
      new Table<>(
          "contact",
          ContactSnapshot.class,
          KeyFormat.uuid(ContactId::value, ContactId::parse),
          ContactSnapshot::tenant,
          ContactSnapshot::id,
          ContactSnapshot::version,
          ContactSnapshot::withVersion);

  private final Transaction transaction;

  KeyValueContactRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Contact> findById(TenantId tenant, ContactId id) {
    return CONTACTS.find(transaction, tenant, id).map(Contact::restore);
  }

  @Override
  public Contact save(Contact contact) {
    return Contact.restore(CONTACTS.save(transaction, contact.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, ContactId id) {
    return CONTACTS.delete(transaction, tenant, id);
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return CONTACTS.deleteAll(transaction, tenant, c -> c.customer().equals(customer));
  }

  @Override
  public Page<Contact> find(ContactQuery query, PageRequest page) {
    return CONTACTS.page(transaction, query.tenant(), query::matches, page).map(Contact::restore);
  }

  @Override
  public long count(ContactQuery query) {
    return CONTACTS.count(transaction, query.tenant(), query::matches);
  }
}
