package io.crmkit.tck;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Assumptions;

/** The store a contract runs on, with one-line units of work for the steps tests repeat. */
final class StoreUnderTest {
  /** The instant every contract's clock starts at; it has microseconds, as stored instants do. */
  static final Instant START = Instant.parse("2024-03-15T08:30:00.123456Z");

  private static final int MAX_PAGES = 200_000;

  private final CrmStore store;

  StoreUnderTest(CrmStore store) {
    this.store = requireNonNull(store, "createStore() must return a store");
  }

  CrmStore store() {
    return store;
  }

  /** Returns whether the store declares the capability. */
  boolean has(StoreCapability capability) {
    return store.capabilities().contains(capability);
  }

  /** Skips the test unless the store declares every capability. */
  void assume(StoreCapability... capabilities) {
    Set<StoreCapability> declared = store.capabilities();
    Assumptions.assumeTrue(
        declared.containsAll(Arrays.asList(capabilities)),
        () -> "the store does not declare " + Arrays.toString(capabilities));
  }

  /** Runs work in its own unit of work and returns its result. */
  <T> T inTransaction(Function<UnitOfWork, T> work) {
    return store.inTransaction(work::apply);
  }

  /** Runs work that returns nothing in its own unit of work. */
  void write(Consumer<UnitOfWork> work) {
    store.inTransaction(
        unitOfWork -> {
          work.accept(unitOfWork);
          return null;
        });
  }

  /** Runs a count in its own unit of work. */
  long count(ToLongFunction<UnitOfWork> counting) {
    return inTransaction(counting::applyAsLong);
  }

  Customer save(Customer customer) {
    return inTransaction(unitOfWork -> unitOfWork.customers().save(customer));
  }

  /** Saves the customers in one unit of work and returns them as saved. */
  List<Customer> saveAll(List<Customer> customers) {
    return inTransaction(
        unitOfWork -> {
          List<Customer> saved = new ArrayList<>(customers.size());
          customers.forEach(c -> saved.add(unitOfWork.customers().save(c)));
          return saved;
        });
  }

  Contact save(Contact contact) {
    return inTransaction(unitOfWork -> unitOfWork.contacts().save(contact));
  }

  CustomerFacts save(CustomerFacts facts) {
    return inTransaction(unitOfWork -> unitOfWork.facts().save(facts));
  }

  /** Appends the activities in one unit of work. */
  void append(List<RecordedActivity> activities) {
    write(unitOfWork -> activities.forEach(a -> unitOfWork.activities().append(a)));
  }

  Optional<Customer> customer(TenantId tenant, CustomerId id) {
    return inTransaction(unitOfWork -> unitOfWork.customers().findById(tenant, id));
  }

  Optional<Contact> contact(TenantId tenant, ContactId id) {
    return inTransaction(unitOfWork -> unitOfWork.contacts().findById(tenant, id));
  }

  Optional<RecordedActivity> activity(TenantId tenant, ActivityId id) {
    return inTransaction(unitOfWork -> unitOfWork.activities().findById(tenant, id));
  }

  Optional<CustomerFacts> facts(TenantId tenant, CustomerId customer) {
    return inTransaction(unitOfWork -> unitOfWork.facts().find(tenant, customer));
  }

  /**
   * Walks a keyset-paged list to its end, one unit of work per page, checking the paging bounds: no
   * page is larger than asked, and every cursor moves on.
   */
  <T> List<T> walk(int size, Function<UnitOfWork, Function<PageRequest, Page<T>>> list) {
    return walkPages(
        size, request -> inTransaction(unitOfWork -> list.apply(unitOfWork).apply(request)));
  }

  /** Walks pages that {@code pages} reads itself; see {@link #walk}. */
  static <T> List<T> walkPages(int size, Function<PageRequest, Page<T>> pages) {
    return walkPages(PageRequest.first(size), pages);
  }

  /** Walks pages from {@code first} on; see {@link #walk}. */
  static <T> List<T> walkPages(PageRequest first, Function<PageRequest, Page<T>> pages) {
    int size = first.size();
    List<T> all = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    PageRequest request = first;
    for (int n = 0; n < MAX_PAGES; n++) {
      Page<T> page = pages.apply(request);
      assertThat(page.items())
          .as("page %d of a list paged by %d", n, size)
          .hasSizeLessThanOrEqualTo(size);
      all.addAll(page.items());
      Cursor next = page.next();
      if (next == null) {
        return all;
      }
      if (!cursors.add(next.token())) {
        fail("page %d of a list paged by %d returned the cursor %s a second time", n, size, next);
      }
      request = PageRequest.after(next, size);
    }
    return fail("a list paged by %d did not end after %d pages", size, MAX_PAGES);
  }
}
