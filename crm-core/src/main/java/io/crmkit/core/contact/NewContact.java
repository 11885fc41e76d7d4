package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The input to add a contact to a customer, built fluently; phone numbers, e-mail addresses and
 * WeChat ids are taken as text and checked together, so that one {@link ValidationException} lists
 * every problem.
 *
 * <pre>{@code
 * NewContact.of(tenant, customerId, PersonName.chinese("李", "娜"))
 *     .title("采购总监")
 *     .roles(ContactRole.DECISION_MAKER)
 *     .phone("138 1234 5678", "CN", ContactPurpose.WORK)
 *     .email("li.na@example.cn", ContactPurpose.WORK);
 * }</pre>
 *
 * @since 0.1
 */
public final class NewContact {
  /** The longest title or department accepted, in code points. */
  public static final int MAX_TEXT = 200;

  private final TenantId tenant;
  private final CustomerId customer;
  private final PersonName name;
  private @Nullable String title;
  private @Nullable String department;
  private final EnumSet<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
  private final List<Supplier<ContactPoint>> contactPoints = new ArrayList<>();
  private @Nullable Birthday birthday;
  private @Nullable String language;
  private final Map<AttributeKey<?>, Object> attributes = new LinkedHashMap<>();

  private NewContact(TenantId tenant, CustomerId customer, PersonName name) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.customer = requireNonNull(customer, "customer");
    this.name = requireNonNull(name, "name");
  }

  /** Starts a contact of the customer. */
  public static NewContact of(TenantId tenant, CustomerId customer, PersonName name) {
    return new NewContact(tenant, customer, name);
  }

  /** Sets the job title. */
  public NewContact title(String text) {
    this.title = requireNonNull(text, "title");
    return this;
  }

  /** Sets the department. */
  public NewContact department(String text) {
    this.department = requireNonNull(text, "department");
    return this;
  }

  /** Adds roles. */
  public NewContact roles(ContactRole... added) {
    roles.addAll(List.of(added));
    return this;
  }

  /** Adds a phone number written in {@code region}'s national form or with a leading {@code +}. */
  public NewContact phone(String raw, String region, ContactPurpose purpose) {
    requireNonNull(raw, "phone");
    requireNonNull(region, "region");
    requireNonNull(purpose, "purpose");
    contactPoints.add(() -> ContactPoint.phone(PhoneNumber.parse(raw, region), purpose));
    return this;
  }

  /** Adds an e-mail address. */
  public NewContact email(String raw, ContactPurpose purpose) {
    requireNonNull(raw, "email");
    requireNonNull(purpose, "purpose");
    contactPoints.add(() -> ContactPoint.email(EmailAddress.of(raw), purpose));
    return this;
  }

  /** Adds a WeChat id. */
  public NewContact wechat(String raw, ContactPurpose purpose) {
    requireNonNull(raw, "wechat");
    requireNonNull(purpose, "purpose");
    contactPoints.add(() -> ContactPoint.wechat(WeChatId.of(raw), purpose));
    return this;
  }

  /** Adds a postal address. */
  public NewContact address(Address address, ContactPurpose purpose) {
    requireNonNull(address, "address");
    requireNonNull(purpose, "purpose");
    contactPoints.add(() -> ContactPoint.postal(address, purpose));
    return this;
  }

  /** Adds an already validated contact point (with its own validity). */
  public NewContact contactPoint(ContactPoint point) {
    requireNonNull(point, "point");
    contactPoints.add(() -> point);
    return this;
  }

  /** Sets the birthday. */
  public NewContact birthday(Birthday value) {
    this.birthday = requireNonNull(value, "birthday");
    return this;
  }

  /** Sets the preferred language as a BCP 47 tag, e.g. {@code zh-CN} or {@code en}. */
  public NewContact language(String tag) {
    this.language = requireNonNull(tag, "language");
    return this;
  }

  /** Sets a host-defined attribute. */
  public <T> NewContact attribute(AttributeKey<T> key, T value) {
    attributes.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
    return this;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the customer the contact is for. */
  public CustomerId customer() {
    return customer;
  }

  /** Checks every part and returns the first state of the contact. */
  ContactSnapshot validate(ContactId id, Instant now) {
    Problems problems = Problems.create();
    String t = problems.text("title", title, MAX_TEXT, false);
    String d = problems.text("department", department, MAX_TEXT, false);
    List<ContactPoint> points = new ArrayList<>();
    for (int i = 0; i < contactPoints.size(); i++) {
      ContactPoint point = problems.nested("contactPoints[" + i + "]", contactPoints.get(i));
      if (point != null && !points.contains(point)) {
        points.add(point);
      }
    }
    problems.check(
        points.size() <= Contact.MAX_CONTACT_POINTS,
        "contactPoints",
        points.size(),
        "must be at most " + Contact.MAX_CONTACT_POINTS);
    Locale locale = null;
    if (language != null) {
      locale = Locale.forLanguageTag(language.strip());
      problems.check(
          !locale.getLanguage().isEmpty(),
          "language",
          language,
          "must be a BCP 47 language tag like zh-CN");
    }
    CustomAttributes attrs = problems.nested("", () -> CustomAttributes.of(attributes));
    problems.throwIfAny();
    return new ContactSnapshot(
        id, tenant, customer, 0, now, now, name, t, d, roles, points, birthday, locale, attrs);
  }
}
