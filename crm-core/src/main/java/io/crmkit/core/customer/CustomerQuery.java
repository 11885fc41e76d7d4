package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing customers of one tenant; every criterion set must hold (AND), and setting a
 * criterion again replaces it. Results come in ascending {@link CustomerId} order, keyset-paged.
 * Soft-deleted customers are left out unless {@link #includingDeleted()} is asked for.
 *
 * <pre>{@code
 * CustomerQuery.in(tenant).namePrefix("华东").industry(Industry.of("manufacturing"))
 * }</pre>
 *
 * @param tenant the tenant to search in (required)
 * @param namePrefix a case-insensitive prefix of any name form or family name, or {@code null}
 * @param tag a tag the customer must carry, or {@code null}
 * @param industry the industry the customer must have, or {@code null}
 * @param sizeBand the size band the customer must have, or {@code null}
 * @param purchaseFrequency the purchase-frequency band the customer must have, or {@code null}
 * @param category the category the customer must have, or {@code null}
 * @param region the region the customer must be in, or {@code null}
 * @param source the source the customer must have, or {@code null}
 * @param kind organisations or people only, or {@code null} for both
 * @param owner the account manager that must own the customer, or {@code null}
 * @param parent the parent whose direct subsidiaries are wanted, or {@code null}
 * @param updatedSince only customers updated at or after this instant, or {@code null}
 * @param includeDeleted whether soft-deleted customers are included
 * @since 0.1
 */
public record CustomerQuery(
    TenantId tenant,
    @Nullable String namePrefix,
    @Nullable Tag tag,
    @Nullable Industry industry,
    @Nullable SizeBand sizeBand,
    @Nullable PurchaseFrequencyBand purchaseFrequency,
    @Nullable CustomerCategory category,
    @Nullable Region region,
    @Nullable Source source,
    @Nullable CustomerKind kind,
    @Nullable UserRef owner,
    @Nullable CustomerId parent,
    @Nullable Instant updatedSince,
    boolean includeDeleted) {

  /**
   * Validates the criteria; the name prefix is lower-cased.
   *
   * @throws ValidationException if the name prefix is blank or longer than 300 characters
   */
  public CustomerQuery {
    requireNonNull(tenant, "tenant");
    if (namePrefix != null) {
      if (namePrefix.isBlank() || namePrefix.length() > CustomerName.MAX_LENGTH) {
        throw ValidationException.of(
            "namePrefix", namePrefix, "must be 1 to 300 non-blank characters");
      }
      namePrefix =
          Normalizer.normalize(namePrefix.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
  }

  /** Returns a query for every active customer of the tenant. */
  public static CustomerQuery in(TenantId tenant) {
    return new CustomerQuery(
        tenant, null, null, null, null, null, null, null, null, null, null, null, null, false);
  }

  /** Also requires a name (any form, or a family name) starting with the prefix, ignoring case. */
  public CustomerQuery namePrefix(String prefix) {
    requireNonNull(prefix, "prefix");
    return with(d -> d.namePrefix = prefix);
  }

  /** Also requires the tag. */
  public CustomerQuery tag(Tag required) {
    requireNonNull(required, "tag");
    return with(d -> d.tag = required);
  }

  /** Also requires the industry. */
  public CustomerQuery industry(Industry required) {
    requireNonNull(required, "industry");
    return with(d -> d.industry = required);
  }

  /** Also requires the size band. */
  public CustomerQuery sizeBand(SizeBand required) {
    requireNonNull(required, "sizeBand");
    return with(d -> d.sizeBand = required);
  }

  /** Also requires the purchase-frequency band. */
  public CustomerQuery purchaseFrequency(PurchaseFrequencyBand required) {
    requireNonNull(required, "purchaseFrequency");
    return with(d -> d.purchaseFrequency = required);
  }

  /** Also requires the customer category. */
  public CustomerQuery category(CustomerCategory required) {
    requireNonNull(required, "category");
    return with(d -> d.category = required);
  }

  /** Also requires the region. */
  public CustomerQuery region(Region required) {
    requireNonNull(required, "region");
    return with(d -> d.region = required);
  }

  /** Also requires the source. */
  public CustomerQuery source(Source required) {
    requireNonNull(required, "source");
    return with(d -> d.source = required);
  }

  /** Also requires the kind. */
  public CustomerQuery kind(CustomerKind required) {
    requireNonNull(required, "kind");
    return with(d -> d.kind = required);
  }

  /** Also requires the owner. */
  public CustomerQuery owner(UserRef required) {
    requireNonNull(required, "owner");
    return with(d -> d.owner = required);
  }

  /** Also requires the customer to be a direct subsidiary of {@code required}. */
  public CustomerQuery parent(CustomerId required) {
    requireNonNull(required, "parent");
    return with(d -> d.parent = required);
  }

  /** Also requires an update at or after the instant. */
  public CustomerQuery updatedSince(Instant since) {
    requireNonNull(since, "since");
    return with(d -> d.updatedSince = since);
  }

  /** Includes soft-deleted customers. */
  public CustomerQuery includingDeleted() {
    return with(d -> d.includeDeleted = true);
  }

  /**
   * Returns whether a customer meets every criterion; the in-memory store uses it, and other stores
   * must return exactly the customers it accepts.
   */
  public boolean matches(CustomerSnapshot c) {
    return c.tenant().equals(tenant)
        && (includeDeleted || c.deletedAt() == null)
        && (tag == null || c.tags().contains(tag))
        && (industry == null || industry.equals(c.industry()))
        && (sizeBand == null || sizeBand.equals(c.sizeBand()))
        && (purchaseFrequency == null || purchaseFrequency.equals(c.purchaseFrequency()))
        && (category == null || category.equals(c.category()))
        && (region == null || region.equals(c.region()))
        && (source == null || source.equals(c.source()))
        && (kind == null || kind == c.name().kind())
        && (owner == null || owner.equals(c.owner()))
        && (parent == null || parent.equals(c.parent()))
        && (updatedSince == null || !c.updatedAt().isBefore(updatedSince))
        && (namePrefix == null
            || c.name().searchKeys().stream().anyMatch(k -> k.startsWith(namePrefix)));
  }

  private CustomerQuery with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** A mutable copy of the criteria, so that each "also requires" changes one of them. */
  private static final class Draft {
    private final TenantId tenant;
    private @Nullable String namePrefix;
    private @Nullable Tag tag;
    private @Nullable Industry industry;
    private @Nullable SizeBand sizeBand;
    private @Nullable PurchaseFrequencyBand purchaseFrequency;
    private @Nullable CustomerCategory category;
    private @Nullable Region region;
    private @Nullable Source source;
    private @Nullable CustomerKind kind;
    private @Nullable UserRef owner;
    private @Nullable CustomerId parent;
    private @Nullable Instant updatedSince;
    private boolean includeDeleted;

    Draft(CustomerQuery q) {
      tenant = q.tenant;
      namePrefix = q.namePrefix;
      tag = q.tag;
      industry = q.industry;
      sizeBand = q.sizeBand;
      purchaseFrequency = q.purchaseFrequency;
      category = q.category;
      region = q.region;
      source = q.source;
      kind = q.kind;
      owner = q.owner;
      parent = q.parent;
      updatedSince = q.updatedSince;
      includeDeleted = q.includeDeleted;
    }

    CustomerQuery build() {
      return new CustomerQuery(
          tenant,
          namePrefix,
          tag,
          industry,
          sizeBand,
          purchaseFrequency,
          category,
          region,
          source,
          kind,
          owner,
          parent,
          updatedSince,
          includeDeleted);
    }
  }
}
