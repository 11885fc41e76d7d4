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

/** The contact repository of one in-memory unit of work. */
final class InMemoryContactRepository implements ContactRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryContactRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Contact> findById(TenantId tenant, ContactId id) {
    return unitOfWork.read(
        () -> Optional.ofNullable(unitOfWork.contacts.get(tenant, id)).map(Contact::restore));
  }

  @Override
  public Contact save(Contact contact) {
    ContactSnapshot state = contact.snapshot();
    ContactSnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.contacts.put(state.tenant(), state.id(), next, state.version());
          return Contact.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, ContactId id) {
    return unitOfWork.write(() -> unitOfWork.contacts.remove(tenant, id));
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(
        () -> {
          long removed = 0;
          PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
          ContactQuery query = ContactQuery.in(tenant).customer(customer);
          while (true) {
            Page<ContactSnapshot> page =
                unitOfWork.contacts.page(tenant, customer, query::matches, request);
            for (ContactSnapshot contact : page.items()) {
              removed += unitOfWork.contacts.remove(tenant, contact.id()) ? 1 : 0;
            }
            if (!page.hasNext()) {
              return removed;
            }
            request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
          }
        });
  }

  @Override
  public Page<Contact> find(ContactQuery query, PageRequest page) {
    return unitOfWork
        .read(
            () -> unitOfWork.contacts.page(query.tenant(), query.customer(), query::matches, page))
        .map(Contact::restore);
  }

  @Override
  public long count(ContactQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.contacts.count(query.tenant(), query.customer(), query::matches));
  }
}
