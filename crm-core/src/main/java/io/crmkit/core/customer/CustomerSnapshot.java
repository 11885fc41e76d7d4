package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The complete state of a {@link Customer} at one version, as a storage adapter keeps it: an
 * immutable value with no behaviour. Adapters map it to their storage and back with {@link
 * Customer#snapshot()} and {@link Customer#restore(CustomerSnapshot)}.
 *
 * @param id the customer id
 * @param tenant the owning tenant
 * @param version the stored version; 0 for a customer never saved
 * @param createdAt when the customer was registered (microsecond precision)
 * @param updatedAt when the customer last changed (microsecond precision)
 * @param name the organisation's or person's name
 * @param industry the industry code, if classified
 * @param sizeBand the size band code, if classified
 * @param purchaseFrequency the purchase-frequency band, if classified
 * @param category the customer category, if classified
 * @param region the sales region code, if any
 * @param addresses postal addresses, in the order given
 * @param source the channel the data came from, if known
 * @param parent the parent customer for a subsidiary, if any
 * @param tags labels, sorted
 * @param owner the dedicated account manager, if any
 * @param attributes host-defined typed fields
 * @param deletedAt when the customer was soft-deleted, or {@code null} while active
 * @since 0.1
 */
public record CustomerSnapshot(
    CustomerId id,
    TenantId tenant,
    long version,
    Instant createdAt,
    Instant updatedAt,
    CustomerName name,
    @Nullable Industry industry,
    @Nullable SizeBand sizeBand,
    @Nullable PurchaseFrequencyBand purchaseFrequency,
    @Nullable CustomerCategory category,
    @Nullable Region region,
    List<Address> addresses,
    @Nullable Source source,
    @Nullable CustomerId parent,
    SortedSet<Tag> tags,
    @Nullable UserRef owner,
    CustomAttributes attributes,
    @Nullable Instant deletedAt) {

  /** Requires the mandatory parts and copies the collections. */
  public CustomerSnapshot {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(name, "name");
    requireNonNull(attributes, "attributes");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
    addresses = List.copyOf(addresses);
    tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
  }

  /** Returns a copy at another version; stores call it when they save. */
  public CustomerSnapshot withVersion(long newVersion) {
    return new CustomerSnapshot(
        id,
        tenant,
        newVersion,
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

  /** Returns whether the customer is soft-deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
