package io.crmkit.jpa.internal;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.ContactRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The contact repository of one JPA unit of work: {@code crm_contact} with its search-key child
 * rows, keyset-paged over {@code (tenant_id, id)} or, for one customer, {@code (tenant_id,
 * customer_id, id)}.
 */
final class JpaContactRepository implements ContactRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaContactRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<Contact> findById(TenantId tenant, ContactId id) {
    return unitOfWork.call(
        "contact " + id,
        () -> {
          return Optional.ofNullable(em.find(ContactRow.class, key(tenant, id)))
              .map(row -> Contact.restore(ContactMapper.read(row)));
        });
  }

  @Override
  public Contact save(Contact contact) {
    ContactSnapshot s = contact.snapshot();
    String what = "contact " + s.id();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(s.tenant(), s.id());
          ContactRow row = RowVersions.stored(em, ContactRow.class, key, s.version(), what);
          if (row == null) {
            insert(em::persist, s);
            return Contact.restore(s.withVersion(s.version() + 1));
          }
          Set<String> oldKeys = ContactMapper.keys(row);
          ContactMapper.write(s, row);
          row.version = s.version() + 1;
          Set<String> keys = ContactMapper.keys(s);
          for (String old : oldKeys) {
            if (!keys.contains(old)) {
              removeKey(key, old);
            }
          }
          for (String k : keys) {
            if (!oldKeys.contains(k)) {
              em.persist(new ContactKeyRow(key.tenant, key.id, k));
            }
          }
          return Contact.restore(s.withVersion(s.version() + 1));
        });
  }

  /**
   * Hands {@code rows} the rows of a contact that is not stored yet — the contact row at the
   * version after the snapshot's, then its search-key rows — to persist ({@code em::persist}) or,
   * in the bulk import, to insert with JDBC batches; reads nothing.
   */
  static void insert(Consumer<Object> rows, ContactSnapshot s) {
    ContactRow row = ContactRow.create();
    row.tenant = s.tenant().value();
    row.id = s.id().toString();
    ContactMapper.write(s, row);
    row.version = s.version() + 1;
    rows.accept(row);
    for (String k : ContactMapper.keys(s)) {
      rows.accept(new ContactKeyRow(row.tenant, row.id, k));
    }
  }

  @Override
  public boolean delete(TenantId tenant, ContactId id) {
    return unitOfWork.call(
        "contact " + id,
        () -> {
          ContactRow row = em.find(ContactRow.class, key(tenant, id));
          if (row == null) {
            return false;
          }
          remove(row);
          unitOfWork.flushNow();
          return true;
        });
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "contacts of customer " + customer,
        () -> {
          List<ContactRow> rows =
              em.createQuery(
                      "select r from ContactRow r where r.tenant = :tenant and r.customer = :customer",
                      ContactRow.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("customer", customer.toString())
                  .getResultList();
          rows.forEach(this::remove);
          unitOfWork.flushNow();
          return (long) rows.size();
        });
  }

  @Override
  public Page<Contact> find(ContactQuery query, PageRequest page) {
    return unitOfWork.call(
        "contacts of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor().ifPresent(c -> where.and("r.id > :after", "after", idAfter(c)));
          List<ContactRow> rows =
              where
                  .bind(
                      em.createQuery(
                          "select r from ContactRow r" + where.jpql() + " order by r.id",
                          ContactRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          boolean more = rows.size() > page.size();
          List<ContactRow> items = more ? rows.subList(0, page.size()) : rows;
          List<Contact> contacts =
              items.stream().map(r -> Contact.restore(ContactMapper.read(r))).toList();
          return new Page<>(contacts, more ? Cursor.of(items.get(items.size() - 1).id) : null);
        });
  }

  @Override
  public long count(ContactQuery query) {
    return unitOfWork.call(
        "contacts of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(em.createQuery("select count(r) from ContactRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  private static Where where(ContactQuery q) {
    Where where = new Where().and("r.tenant = :tenant", "tenant", q.tenant().value());
    where.andIf(
        q.customer() == null ? null : q.customer().toString(),
        "r.customer = :customer",
        "customer");
    if (q.email() != null) {
      where.and(keyExists("email"), "email", ContactMapper.emailKey(q.email()));
    }
    if (q.phone() != null) {
      where.and(keyExists("phone"), "phone", ContactMapper.phoneKey(q.phone()));
    }
    if (q.role() != null) {
      where.and(keyExists("role"), "role", ContactMapper.roleKey(q.role()));
    }
    return where;
  }

  private static String keyExists(String parameter) {
    return "exists (select k.value from ContactKeyRow k where k.tenant = r.tenant"
        + " and k.owner = r.id and k.value = :"
        + parameter
        + ")";
  }

  private void remove(ContactRow row) {
    RowKey key = new RowKey(row.tenant, row.id);
    for (String k : ContactMapper.keys(row)) {
      removeKey(key, k);
    }
    em.remove(row);
  }

  private void removeKey(RowKey owner, String value) {
    ContactKeyRow child = em.find(ContactKeyRow.class, new ChildKey(owner.tenant, owner.id, value));
    if (child != null) {
      em.remove(child);
    }
  }

  private static String idAfter(Cursor cursor) {
    try {
      return ContactId.parse(cursor.token()).toString();
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }

  private static RowKey key(TenantId tenant, ContactId id) {
    return new RowKey(tenant.value(), id.toString());
  }
}
