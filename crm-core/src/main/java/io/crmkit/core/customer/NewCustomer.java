package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The input to register a customer, built fluently:
 *
 * <pre>{@code
 * NewCustomer.organization(tenant, "华东机电集团")
 *     .latinName("East China Electromechanical Group")
 *     .industry("manufacturing")
 *     .source("trade-show")
 *     .tags("strategic", "华东");
 * }</pre>
 *
 * Codes are taken as text and checked together when the customer is registered, so that one {@link
 * ValidationException} lists every problem of the input.
 *
 * @since 0.1
 */
public final class NewCustomer {
  private final TenantId tenant;
  private final @Nullable String organizationName;
  private final @Nullable PersonName personName;
  private @Nullable String otherName;
  private @Nullable String industry;
  private @Nullable String sizeBand;
  private @Nullable String purchaseFrequency;
  private @Nullable String category;
  private @Nullable String region;
  private @Nullable String source;
  private final List<Address> addresses = new ArrayList<>();
  private @Nullable CustomerId parent;
  private final List<String> tags = new ArrayList<>();
  private @Nullable String owner;
  private final Map<AttributeKey<?>, Object> attributes = new LinkedHashMap<>();

  private NewCustomer(
      TenantId tenant, @Nullable String organizationName, @Nullable PersonName personName) {
    this.tenant = tenant;
    this.organizationName = organizationName;
    this.personName = personName;
  }

  /**
   * Starts an organisation; a name with Han characters is its Chinese name, any other its Latin
   * name (add the other form with {@link #latinName} or {@link #chineseName}).
   */
  public static NewCustomer organization(TenantId tenant, String name) {
    return new NewCustomer(requireNonNull(tenant, "tenant"), requireNonNull(name, "name"), null);
  }

  /** Starts a person customer. */
  public static NewCustomer person(TenantId tenant, PersonName name) {
    return new NewCustomer(requireNonNull(tenant, "tenant"), null, requireNonNull(name, "name"));
  }

  /** Adds the Latin-script name of an organisation whose main name is Chinese. */
  public NewCustomer latinName(String name) {
    this.otherName = requireNonNull(name, "name");
    return this;
  }

  /** Adds the Chinese name of an organisation whose main name is in Latin script. */
  public NewCustomer chineseName(String name) {
    this.otherName = requireNonNull(name, "name");
    return this;
  }

  /** Sets the industry code. */
  public NewCustomer industry(String code) {
    this.industry = requireNonNull(code, "industry");
    return this;
  }

  /** Sets the size band code. */
  public NewCustomer sizeBand(String code) {
    this.sizeBand = requireNonNull(code, "sizeBand");
    return this;
  }

  /** Sets the purchase-frequency band code. */
  public NewCustomer purchaseFrequency(String code) {
    this.purchaseFrequency = requireNonNull(code, "purchaseFrequency");
    return this;
  }

  /** Sets the customer category code. */
  public NewCustomer category(String code) {
    this.category = requireNonNull(code, "category");
    return this;
  }

  /** Sets the sales region code. */
  public NewCustomer region(String code) {
    this.region = requireNonNull(code, "region");
    return this;
  }

  /** Sets the channel the data came from. */
  public NewCustomer source(String code) {
    this.source = requireNonNull(code, "source");
    return this;
  }

  /** Adds a postal address. */
  public NewCustomer address(Address address) {
    addresses.add(requireNonNull(address, "address"));
    return this;
  }

  /** Makes the customer a subsidiary of an existing customer. */
  public NewCustomer parent(CustomerId parentId) {
    this.parent = requireNonNull(parentId, "parent");
    return this;
  }

  /** Adds tags. */
  public NewCustomer tags(String... codes) {
    tags.addAll(List.of(codes));
    return this;
  }

  /** Sets the dedicated account manager. */
  public NewCustomer owner(String user) {
    this.owner = requireNonNull(user, "owner");
    return this;
  }

  /** Sets a host-defined attribute. */
  public <T> NewCustomer attribute(AttributeKey<T> key, T value) {
    attributes.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return this;
  }

  /** Returns the tenant the customer is registered in. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the parent the customer should be attached to, if any. */
  public @Nullable CustomerId parent() {
    return parent;
  }

  /** Validated input; produced by {@link #validate()}. */
  record Valid(
      TenantId tenant,
      CustomerName name,
      @Nullable Industry industry,
      @Nullable SizeBand sizeBand,
      @Nullable PurchaseFrequencyBand purchaseFrequency,
      @Nullable CustomerCategory category,
      @Nullable Region region,
      @Nullable Source source,
      List<Address> addresses,
      @Nullable CustomerId parent,
      SortedSet<Tag> tags,
      @Nullable UserRef owner,
      CustomAttributes attributes) {}

  /**
   * Checks every part of the input.
   *
   * @throws ValidationException listing every problem
   */
  Valid validate() {
    Problems problems = Problems.create();
    CustomerName name = problems.nested("", this::name);
    Industry industryCode =
        industry == null ? null : problems.value("industry", () -> Industry.of(industry));
    SizeBand sizeCode =
        sizeBand == null ? null : problems.value("sizeBand", () -> SizeBand.of(sizeBand));
    PurchaseFrequencyBand frequencyCode =
        purchaseFrequency == null
            ? null
            : problems.value(
                "purchaseFrequency", () -> PurchaseFrequencyBand.of(purchaseFrequency));
    CustomerCategory categoryCode =
        category == null ? null : problems.value("category", () -> CustomerCategory.of(category));
    Region regionCode = region == null ? null : problems.value("region", () -> Region.of(region));
    Source sourceCode = source == null ? null : problems.value("source", () -> Source.of(source));
    problems.check(
        addresses.size() <= Customer.MAX_ADDRESSES,
        "addresses",
        addresses.size(),
        "must be at most " + Customer.MAX_ADDRESSES);
    TreeSet<Tag> tagSet = new TreeSet<>();
    for (int i = 0; i < tags.size(); i++) {
      String raw = tags.get(i);
      Tag tag = problems.value("tags[" + i + "]", () -> Tag.of(raw));
      if (tag != null) {
        tagSet.add(tag);
      }
    }
    problems.check(
        tagSet.size() <= Customer.MAX_TAGS,
        "tags",
        tagSet.size(),
        "must be at most " + Customer.MAX_TAGS);
    UserRef ownerRef = owner == null ? null : problems.value("owner", () -> UserRef.of(owner));
    CustomAttributes attrs = problems.nested("", () -> CustomAttributes.of(attributes));
    problems.throwIfAny();
    return new Valid(
        tenant,
        name,
        industryCode,
        sizeCode,
        frequencyCode,
        categoryCode,
        regionCode,
        sourceCode,
        List.copyOf(addresses),
        parent,
        tagSet,
        ownerRef,
        attrs);
  }

  private CustomerName name() {
    if (personName != null) {
      return new CustomerName.Person(personName);
    }
    if (otherName == null) {
      return CustomerName.organization(organizationName);
    }
    // two forms given: whichever has Han characters is the Chinese one
    boolean firstIsChinese =
        CustomerName.containsHan(organizationName) || !CustomerName.containsHan(otherName);
    return firstIsChinese
        ? new CustomerName.Organization(organizationName, otherName)
        : new CustomerName.Organization(otherName, organizationName);
  }
}
