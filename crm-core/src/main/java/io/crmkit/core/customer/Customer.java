package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A customer: an organisation or a person the tenant sells to. It is the root every contact, order,
 * contract, interaction and piece of feedback hangs off. A customer with a {@link #parent()} is a
 * subsidiary; a parent and its subsidiaries form one key account.
 *
 * <p>Behaviour methods change the customer and record past-tense events; a change that changes
 * nothing records nothing. A soft-deleted customer refuses changes until it is restored.
 *
 * @since 0.1
 */
public final class Customer {
  /** The most tags a customer may carry. */
  public static final int MAX_TAGS = 100;

  /** The most addresses a customer may have. */
  public static final int MAX_ADDRESSES = 20;

  private final CustomerId id;
  private final TenantId tenant;
  private final long version;
  private final Instant createdAt;
  private Instant updatedAt;
  private CustomerName name;
  private @Nullable Industry industry;
  private @Nullable SizeBand sizeBand;
  private @Nullable PurchaseFrequencyBand purchaseFrequency;
  private @Nullable CustomerCategory category;
  private @Nullable Region region;
  private List<Address> addresses;
  private @Nullable Source source;
  private @Nullable CustomerId parent;
  private SortedSet<Tag> tags;
  private @Nullable UserRef owner;
  private CustomAttributes attributes;
  private @Nullable Instant deletedAt;
  private final List<CrmEvent> events = new ArrayList<>();

  private Customer(CustomerSnapshot s) {
    this.id = s.id();
    this.tenant = s.tenant();
    this.version = s.version();
    this.createdAt = s.createdAt();
    this.updatedAt = s.updatedAt();
    this.name = s.name();
    this.industry = s.industry();
    this.sizeBand = s.sizeBand();
    this.purchaseFrequency = s.purchaseFrequency();
    this.category = s.category();
    this.region = s.region();
    this.addresses = s.addresses();
    this.source = s.source();
    this.parent = s.parent();
    this.tags = s.tags();
    this.owner = s.owner();
    this.attributes = s.attributes();
    this.deletedAt = s.deletedAt();
  }

  /**
   * Registers a new customer from validated input; records {@link CustomerRegistered}. Callers
   * normally go through {@code CrmKit.customers().register(...)}, which also checks the parent.
   */
  public static Customer register(CustomerId id, NewCustomer input, Instant at) {
    NewCustomer.Valid valid = input.validate();
    Instant now = Times.stored(at);
    CustomerSnapshot state =
        new CustomerSnapshot(
            id,
            valid.tenant(),
            0,
            now,
            now,
            valid.name(),
            valid.industry(),
            valid.sizeBand(),
            valid.purchaseFrequency(),
            valid.category(),
            valid.region(),
            valid.addresses(),
            valid.source(),
            valid.parent(),
            valid.tags(),
            valid.owner(),
            valid.attributes(),
            null);
    Customer customer = new Customer(state);
    if (Objects.equals(customer.parent, id)) {
      throw ValidationException.of("parent", id, "must not be the customer itself");
    }
    customer.events.add(new CustomerRegistered(valid.tenant(), id, now, valid.name()));
    return customer;
  }

  /** Rebuilds a customer from stored state, with no pending events. */
  public static Customer restore(CustomerSnapshot snapshot) {
    return new Customer(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public CustomerSnapshot snapshot() {
    return new CustomerSnapshot(
        id,
        tenant,
        version,
        createdAt,
        updatedAt,
        name,
        industry,
        sizeBand,
        purchaseFrequency,
        category,
        region,
        addresses,
        source,
        parent,
        tags,
        owner,
        attributes,
        deletedAt);
  }

  /** Renames the customer; the kind (organisation or person) cannot change. */
  public void rename(CustomerName newName, Instant at) {
    requireNonNull(newName, "name");
    if (newName.kind() != name.kind()) {
      throw ValidationException.of(
          "name",
          newName.displayName(),
          "must stay a " + name.kind().name().toLowerCase(java.util.Locale.ROOT) + " name");
    }
    name = changed("name", name, newName, at);
  }

  /** Classifies the customer by industry, or clears it with {@code null}. */
  public void classifyIndustry(@Nullable Industry newIndustry, Instant at) {
    industry = changed("industry", industry, newIndustry, at);
  }

  /** Sets the size band, or clears it with {@code null}. */
  public void classifySize(@Nullable SizeBand newSizeBand, Instant at) {
    sizeBand = changed("sizeBand", sizeBand, newSizeBand, at);
  }

  /** Sets the purchase-frequency band, or clears it with {@code null}. */
  public void classifyPurchaseFrequency(@Nullable PurchaseFrequencyBand band, Instant at) {
    purchaseFrequency = changed("purchaseFrequency", purchaseFrequency, band, at);
  }

  /** Sets the customer category, or clears it with {@code null}. */
  public void categorize(@Nullable CustomerCategory newCategory, Instant at) {
    category = changed("category", category, newCategory, at);
  }

  /** Moves the customer to a sales region, or clears it with {@code null}. */
  public void moveToRegion(@Nullable Region newRegion, Instant at) {
    region = changed("region", region, newRegion, at);
  }

  /** Records where the customer's data came from, or clears it with {@code null}. */
  public void attributeSource(@Nullable Source newSource, Instant at) {
    source = changed("source", source, newSource, at);
  }

  /**
   * Replaces the addresses.
   *
   * @throws ValidationException if there are more than {@value #MAX_ADDRESSES}
   */
  public void replaceAddresses(List<Address> newAddresses, Instant at) {
    if (newAddresses.size() > MAX_ADDRESSES) {
      throw ValidationException.of(
          "addresses", newAddresses.size(), "must be at most " + MAX_ADDRESSES);
    }
    addresses = changed("addresses", addresses, List.copyOf(newAddresses), at);
  }

  /**
   * Adds a tag; adding a tag the customer has changes nothing.
   *
   * @throws ValidationException if the customer would carry more than {@value #MAX_TAGS} tags
   */
  public void tag(Tag tag, Instant at) {
    requireNonNull(tag, "tag");
    requireNonNull(at, "at");
    if (tags.contains(tag)) {
      return;
    }
    if (tags.size() >= MAX_TAGS) {
      throw ValidationException.of("tags", tag, "must be at most " + MAX_TAGS + " per customer");
    }
    TreeSet<Tag> copy = new TreeSet<>(tags);
    copy.add(tag);
    tags = changed("tags", tags, java.util.Collections.unmodifiableSortedSet(copy), at);
  }

  /** Removes a tag; removing a tag the customer lacks changes nothing. */
  public void untag(Tag tag, Instant at) {
    requireNonNull(at, "at");
    if (!tags.contains(requireNonNull(tag, "tag"))) {
      return;
    }
    TreeSet<Tag> copy = new TreeSet<>(tags);
    copy.remove(tag);
    tags = changed("tags", tags, java.util.Collections.unmodifiableSortedSet(copy), at);
  }

  /**
   * Makes this customer a subsidiary of {@code newParent}, or a top-level customer with {@code
   * null}. The application service checks that the parent exists and that no cycle forms.
   *
   * @throws ValidationException if the parent is the customer itself
   */
  public void attachToParent(@Nullable CustomerId newParent, Instant at) {
    if (id.equals(newParent)) {
      throw ValidationException.of("parent", newParent, "must not be the customer itself");
    }
    parent = changed("parent", parent, newParent, at);
  }

  /**
   * Makes {@code newOwner} the dedicated account manager, or leaves the customer unowned. Hosts
   * change owners through {@code CrmKit.ownership()}, which records the move and calls this.
   */
  public void assignOwner(@Nullable UserRef newOwner, Instant at) {
    owner = changed("owner", owner, newOwner, at);
  }

  /** Sets a host-defined attribute. */
  public <T> void putAttribute(AttributeKey<T> key, T value, Instant at) {
    requireNonNull(at, "at");
    attributes = changed("attributes", attributes, attributes.with(key, value), at);
  }

  /** Removes a host-defined attribute. */
  public void removeAttribute(String name, Instant at) {
    attributes = changed("attributes", attributes, attributes.without(name), at);
  }

  /** Soft-deletes the customer; deleting a deleted customer changes nothing. */
  public void delete(Instant at) {
    requireNonNull(at, "at");
    if (deletedAt != null) {
      return;
    }
    Instant now = Times.stored(at);
    deletedAt = now;
    updatedAt = now;
    events.add(new CustomerDeleted(tenant, id, now));
  }

  /** Restores a soft-deleted customer; restoring an active customer changes nothing. */
  public void restore(Instant at) {
    requireNonNull(at, "at");
    if (deletedAt == null) {
      return;
    }
    Instant now = Times.stored(at);
    deletedAt = null;
    updatedAt = now;
    events.add(new CustomerRestored(tenant, id, now));
  }

  /** Returns and forgets the events recorded since the customer was loaded or registered. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  private <T> T changed(String field, @Nullable T current, T next, Instant at) {
    requireNonNull(at, "at");
    if (deletedAt != null) {
      throw ValidationException.of(
          "customer", id, "is deleted; restore it before changing " + field);
    }
    if (Objects.equals(current, next)) {
      return next;
    }
    Instant now = Times.stored(at);
    updatedAt = now;
    mergeChange(field, now);
    return next;
  }

  private void mergeChange(String field, Instant now) {
    // one CustomerChanged per unit of work and instant, listing every changed field
    if (!events.isEmpty()
        && events.get(events.size() - 1) instanceof CustomerChanged last
        && last.occurredAt().equals(now)) {
      Set<String> fields = new TreeSet<>(last.fields());
      fields.add(field);
      events.set(events.size() - 1, new CustomerChanged(tenant, id, now, fields));
    } else {
      events.add(new CustomerChanged(tenant, id, now, Set.of(field)));
    }
  }

  /** Returns the id. */
  public CustomerId id() {
    return id;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the stored version this customer was loaded at; 0 before the first save. */
  public long version() {
    return version;
  }

  /** Returns when the customer was registered. */
  public Instant createdAt() {
    return createdAt;
  }

  /** Returns when the customer last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Returns the name. */
  public CustomerName name() {
    return name;
  }

  /** Returns whether this is an organisation or a person. */
  public CustomerKind kind() {
    return name.kind();
  }

  /** Returns the industry code, if classified. */
  public Optional<Industry> industry() {
    return Optional.ofNullable(industry);
  }

  /** Returns the size band, if classified. */
  public Optional<SizeBand> sizeBand() {
    return Optional.ofNullable(sizeBand);
  }

  /** Returns the purchase-frequency band, if classified. */
  public Optional<PurchaseFrequencyBand> purchaseFrequency() {
    return Optional.ofNullable(purchaseFrequency);
  }

  /** Returns the customer category, if classified. */
  public Optional<CustomerCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Returns the sales region, if any. */
  public Optional<Region> region() {
    return Optional.ofNullable(region);
  }

  /** Returns the addresses. */
  public List<Address> addresses() {
    return addresses;
  }

  /** Returns where the data came from, if known. */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /** Returns the parent customer of a subsidiary. */
  public Optional<CustomerId> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns the tags, sorted. */
  public SortedSet<Tag> tags() {
    return tags;
  }

  /** Returns the dedicated account manager, if any. */
  public Optional<UserRef> owner() {
    return Optional.ofNullable(owner);
  }

  /** Returns the host-defined attributes. */
  public CustomAttributes attributes() {
    return attributes;
  }

  /** Returns when the customer was soft-deleted, if it is. */
  public Optional<Instant> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }

  /** Returns whether the customer is soft-deleted. */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  @Override
  public String toString() {
    return "Customer[" + id + ", " + name.displayName() + ", v" + version + "]";
  }
}
