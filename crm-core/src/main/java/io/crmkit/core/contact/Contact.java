package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person at a customer whom the tenant deals with: name, job, roles in buying decisions, ways to
 * reach them, birthday and preferred language. A contact belongs to exactly one customer, by id.
 *
 * @since 0.1
 */
public final class Contact {
  /** The most contact points a contact may have. */
  public static final int MAX_CONTACT_POINTS = 50;

  private final ContactId id;
  private final TenantId tenant;
  private final CustomerId customer;
  private final long version;
  private final Instant createdAt;
  private Instant updatedAt;
  private PersonName name;
  private @Nullable String title;
  private @Nullable String department;
  private Set<ContactRole> roles;
  private List<ContactPoint> contactPoints;
  private @Nullable Birthday birthday;
  private @Nullable Locale preferredLanguage;
  private CustomAttributes attributes;
  private final List<CrmEvent> events = new ArrayList<>();

  private Contact(ContactSnapshot s) {
    this.id = s.id();
    this.tenant = s.tenant();
    this.customer = s.customer();
    this.version = s.version();
    this.createdAt = s.createdAt();
    this.updatedAt = s.updatedAt();
    this.name = s.name();
    this.title = s.title();
    this.department = s.department();
    this.roles = s.roles();
    this.contactPoints = s.contactPoints();
    this.birthday = s.birthday();
    this.preferredLanguage = s.preferredLanguage();
    this.attributes = s.attributes();
  }

  /**
   * Creates a contact from validated input; records {@link ContactAdded}. Callers normally go
   * through {@code CrmKit.contacts().add(...)}, which also checks that the customer exists.
   *
   * @throws ValidationException listing every problem of the input
   */
  public static Contact create(ContactId id, NewContact input, Instant at) {
    ContactSnapshot valid = input.validate(id, Times.stored(at));
    Contact contact = new Contact(valid);
    contact.events.add(new ContactAdded(valid.tenant(), id, valid.customer(), valid.createdAt()));
    return contact;
  }

  /** Rebuilds a contact from stored state, with no pending events. */
  public static Contact restore(ContactSnapshot snapshot) {
    return new Contact(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public ContactSnapshot snapshot() {
    return new ContactSnapshot(
        id,
        tenant,
        customer,
        version,
        createdAt,
        updatedAt,
        name,
        title,
        department,
        roles,
        contactPoints,
        birthday,
        preferredLanguage,
        attributes);
  }

  /** Renames the contact. */
  public void rename(PersonName newName, Instant at) {
    name = changed("name", name, requireNonNull(newName, "name"), at);
  }

  /**
   * Records a new job title and department ({@code null} clears either).
   *
   * @throws ValidationException if a text is blank, too long or has control characters
   */
  public void changeJob(@Nullable String newTitle, @Nullable String newDepartment, Instant at) {
    io.crmkit.core.internal.Problems problems = io.crmkit.core.internal.Problems.create();
    String t = problems.text("title", newTitle, NewContact.MAX_TEXT, false);
    String d = problems.text("department", newDepartment, NewContact.MAX_TEXT, false);
    problems.throwIfAny();
    title = changed("title", title, t, at);
    department = changed("department", department, d, at);
  }

  /** Replaces the roles. */
  public void assignRoles(Set<ContactRole> newRoles, Instant at) {
    Set<ContactRole> copy =
        newRoles.isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(newRoles);
    roles = changed("roles", roles, Collections.unmodifiableSet(copy), at);
  }

  /**
   * Adds a contact point; adding one the contact has changes nothing.
   *
   * @throws ValidationException past {@value #MAX_CONTACT_POINTS} contact points
   */
  public void addContactPoint(ContactPoint point, Instant at) {
    requireNonNull(point, "point");
    requireNonNull(at, "at");
    if (contactPoints.contains(point)) {
      return;
    }
    if (contactPoints.size() >= MAX_CONTACT_POINTS) {
      throw ValidationException.of(
          "contactPoints", contactPoints.size() + 1, "must be at most " + MAX_CONTACT_POINTS);
    }
    List<ContactPoint> copy = new ArrayList<>(contactPoints);
    copy.add(point);
    contactPoints = changed("contactPoints", contactPoints, List.copyOf(copy), at);
  }

  /** Removes a contact point; removing one the contact lacks changes nothing. */
  public void removeContactPoint(ContactPoint point, Instant at) {
    requireNonNull(point, "point");
    List<ContactPoint> copy = new ArrayList<>(contactPoints);
    copy.remove(point);
    contactPoints = changed("contactPoints", contactPoints, List.copyOf(copy), at);
  }

  /** Records the birthday, or forgets it with {@code null}. */
  public void recordBirthday(@Nullable Birthday newBirthday, Instant at) {
    birthday = changed("birthday", birthday, newBirthday, at);
  }

  /**
   * Records the language to write to the contact in, or forgets it with {@code null}.
   *
   * @throws ValidationException if the locale has no language
   */
  public void preferLanguage(@Nullable Locale language, Instant at) {
    if (language != null && language.getLanguage().isEmpty()) {
      throw ValidationException.of(
          "preferredLanguage", language.toLanguageTag(), "must name a language");
    }
    preferredLanguage = changed("preferredLanguage", preferredLanguage, language, at);
  }

  /** Sets a host-defined attribute. */
  public <T> void putAttribute(AttributeKey<T> key, T value, Instant at) {
    requireNonNull(at, "at");
    attributes = changed("attributes", attributes, attributes.with(key, value), at);
  }

  /** Removes a host-defined attribute. */
  public void removeAttribute(String attributeName, Instant at) {
    attributes = changed("attributes", attributes, attributes.without(attributeName), at);
  }

  /** Records that the contact is being removed; the service deletes it in the same unit of work. */
  public void remove(Instant at) {
    events.add(new ContactRemoved(tenant, id, customer, Times.stored(at)));
  }

  /** Returns and forgets the events recorded since the contact was loaded or created. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  private <T> @Nullable T changed(String field, @Nullable T current, @Nullable T next, Instant at) {
    requireNonNull(at, "at");
    if (Objects.equals(current, next)) {
      return next;
    }
    Instant now = Times.stored(at);
    updatedAt = now;
    if (!events.isEmpty()
        && events.get(events.size() - 1) instanceof ContactChanged last
        && last.occurredAt().equals(now)) {
      Set<String> fields = new TreeSet<>(last.fields());
      fields.add(field);
      events.set(events.size() - 1, new ContactChanged(tenant, id, customer, now, fields));
    } else {
      events.add(new ContactChanged(tenant, id, customer, now, Set.of(field)));
    }
    return next;
  }

  /** Returns the id. */
  public ContactId id() {
    return id;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the customer the contact works for. */
  public CustomerId customer() {
    return customer;
  }

  /** Returns the stored version this contact was loaded at; 0 before the first save. */
  public long version() {
    return version;
  }

  /** Returns when the contact was added. */
  public Instant createdAt() {
    return createdAt;
  }

  /** Returns when the contact last changed. */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** Returns the name. */
  public PersonName name() {
    return name;
  }

  /** Returns the job title, if known. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Returns the department, if known. */
  public Optional<String> department() {
    return Optional.ofNullable(department);
  }

  /** Returns the roles. */
  public Set<ContactRole> roles() {
    return roles;
  }

  /** Returns whether the contact plays the role. */
  public boolean hasRole(ContactRole role) {
    return roles.contains(requireNonNull(role, "role"));
  }

  /** Returns every contact point. */
  public List<ContactPoint> contactPoints() {
    return contactPoints;
  }

  /** Returns the contact points of one type that are valid on the day. */
  public <P extends ContactPoint> List<P> contactPoints(Class<P> type, java.time.LocalDate day) {
    requireNonNull(type, "type");
    requireNonNull(day, "day");
    return contactPoints.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(p -> p.isValidOn(day))
        .toList();
  }

  /** Returns the birthday, if known. */
  public Optional<Birthday> birthday() {
    return Optional.ofNullable(birthday);
  }

  /** Returns the preferred language, if known. */
  public Optional<Locale> preferredLanguage() {
    return Optional.ofNullable(preferredLanguage);
  }

  /** Returns the host-defined attributes. */
  public CustomAttributes attributes() {
    return attributes;
  }

  @Override
  public String toString() {
    return "Contact[" + id + ", " + name.displayName() + ", v" + version + "]";
  }
}
