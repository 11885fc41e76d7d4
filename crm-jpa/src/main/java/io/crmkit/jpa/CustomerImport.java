package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import java.util.List;

/**
 * One new customer for {@link JpaBulkImport}, with its contacts and recorded activities (orders,
 * contracts, interactions, feedback): what the import stores together in one transaction, so that
 * the customer is stored whole or not at all.
 *
 * <p>All three are new: the customer and contacts at version 0 (as {@link Customer#register} and
 * {@link Contact#create} make them), each contact and activity of this customer. The import
 * computes the customer's facts from the activities itself.
 *
 * @param customer the customer
 * @param contacts its contacts, possibly none
 * @param activities its recorded activities in any order, possibly none
 * @since 0.1
 */
public record CustomerImport(
    Customer customer, List<Contact> contacts, List<RecordedActivity> activities) {

  /** Requires every part and copies the lists. */
  public CustomerImport {
    requireNonNull(customer, "customer");
    contacts = List.copyOf(contacts);
    activities = List.copyOf(activities);
  }

  /** Returns a customer with no contacts and no activities to import. */
  public static CustomerImport of(Customer customer) {
    return new CustomerImport(customer, List.of(), List.of());
  }
}
