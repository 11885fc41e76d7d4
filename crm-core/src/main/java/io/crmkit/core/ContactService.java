package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import java.util.Optional;

/**
 * Adds, changes, finds and removes the contacts of customers; each call is one unit of work.
 * Reached through {@link CrmKit#contacts()}.
 *
 * @since 0.1
 */
public final class ContactService {
  private final Kernel kernel;

  ContactService(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * Adds a contact to an active customer and returns its new id.
   *
   * @throws ValidationException listing every problem: unknown tenant, a missing or deleted
   *     customer, malformed phone numbers, e-mail addresses, WeChat ids or language
   */
  public ContactId add(NewContact input) {
    requireNonNull(input, "input");
    ContactId id = ContactId.of(kernel.nextId());
    return kernel.execute(
        work -> {
          Problems problems = Problems.create();
          kernel.checkTenant(problems, input.tenant());
          if (problems.isEmpty()) {
            Optional<Customer> customer =
                work.store().customers().findById(input.tenant(), input.customer());
            problems.check(
                customer.isPresent() && !customer.get().isDeleted(),
                "customer",
                input.customer(),
                "must be an active customer of the tenant");
          }
          Contact contact = null;
          try {
            contact = Contact.create(id, input, kernel.now());
          } catch (ValidationException e) {
            problems.addAll("", e);
          }
          problems.throwIfAny();
          work.record(contact.pullEvents());
          work.store().contacts().save(contact);
          return id;
        });
  }

  /** Finds a contact. */
  public Optional<Contact> find(TenantId tenant, ContactId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().contacts().findById(tenant, id));
  }

  /**
   * Returns a contact.
   *
   * @throws NotFoundException if the tenant has no such contact
   */
  public Contact get(TenantId tenant, ContactId id) {
    return find(tenant, id).orElseThrow(() -> new NotFoundException("contact " + id));
  }

  /**
   * Changes a contact with its behaviour methods and saves it in one unit of work; returns the
   * contact as saved.
   *
   * @throws NotFoundException if the tenant has no such contact
   * @throws ValidationException if the change is invalid; nothing is saved
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if another unit of work saved the
   *     contact in between
   */
  public Contact update(TenantId tenant, ContactId id, ContactChange change) {
    kernel.requireTenant(tenant);
    requireNonNull(change, "change");
    return kernel.execute(
        work -> {
          Contact contact = load(work, tenant, id);
          change.apply(contact, kernel.now());
          List<CrmEvent> events = contact.pullEvents();
          if (events.isEmpty()) {
            return contact;
          }
          work.record(events);
          return work.store().contacts().save(contact);
        });
  }

  /** Removes a contact for good; returns whether there was one. Removing twice is harmless. */
  public boolean remove(TenantId tenant, ContactId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          Optional<Contact> contact = work.store().contacts().findById(tenant, id);
          if (contact.isEmpty()) {
            return false;
          }
          contact.get().remove(kernel.now());
          work.record(contact.get().pullEvents());
          return work.store().contacts().delete(tenant, id);
        });
  }

  /** Lists contacts matching the query, keyset-paged in ascending id order. */
  public Page<Contact> find(ContactQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().contacts().find(query, page));
  }

  /** Counts contacts matching the query. */
  public long count(ContactQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().contacts().count(query));
  }

  private static Contact load(Kernel.Work work, TenantId tenant, ContactId id) {
    return work.store()
        .contacts()
        .findById(tenant, id)
        .orElseThrow(() -> new NotFoundException("contact " + id));
  }
}
