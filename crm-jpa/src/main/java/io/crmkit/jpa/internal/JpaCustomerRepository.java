package io.crmkit.jpa.internal;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The customer repository of one JPA unit of work: {@code crm_customer} with its tag and name-key
 * child rows, keyset-paged over the primary key {@code (tenant_id, id)}.
 */
final class JpaCustomerRepository implements CustomerRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaCustomerRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<Customer> findById(TenantId tenant, CustomerId id) {
    return unitOfWork.call(
        "customer " + id,
        () -> {
          CustomerRow row = em.find(CustomerRow.class, key(tenant, id));
          if (row == null) {
            return Optional.empty();
          }
          List<String> tags =
              tagsOf(tenant.value(), List.of(row.id)).getOrDefault(row.id, List.of());
          return Optional.of(Customer.restore(CustomerMapper.read(row, tags)));
        });
  }

  @Override
  public Customer save(Customer customer) {
    CustomerSnapshot s = customer.snapshot();
    String what = "customer " + s.id();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(s.tenant(), s.id());
          CustomerRow row = RowVersions.stored(em, CustomerRow.class, key, s.version(), what);
          if (row == null) {
            insert(em::persist, s);
          } else {
            Set<String> oldKeys = CustomerMapper.nameKeys(row);
            Set<String> oldTags =
                new HashSet<>(tagsOf(key.tenant, List.of(key.id)).getOrDefault(key.id, List.of()));
            CustomerMapper.write(s, row);
            row.version = s.version() + 1;
            replaceChildren(em, row, oldTags, oldKeys, s);
          }
          return Customer.restore(s.withVersion(s.version() + 1));
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId id) {
    return unitOfWork.call(
        "customer " + id,
        () -> {
          RowKey key = key(tenant, id);
          CustomerRow row = em.find(CustomerRow.class, key);
          if (row == null) {
            return false;
          }
          for (String tag : tagsOf(key.tenant, List.of(key.id)).getOrDefault(key.id, List.of())) {
            removeChild(em, CustomerTagRow.class, key, tag);
          }
          for (String nameKey : CustomerMapper.nameKeys(row)) {
            removeChild(em, CustomerNameKeyRow.class, key, nameKey);
          }
          em.remove(row);
          // written now, so that a later insert of the same id in this unit of work follows it
          unitOfWork.flushNow();
          return true;
        });
  }

  @Override
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    return unitOfWork.call(
        "customers of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor().ifPresent(c -> where.and("r.id > :after", "after", idAfter(c)));
          List<CustomerRow> rows =
              where
                  .bind(
                      em.createQuery(
                          "select r from CustomerRow r" + where.jpql() + " order by r.id",
                          CustomerRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          boolean more = rows.size() > page.size();
          List<CustomerRow> items = more ? rows.subList(0, page.size()) : rows;
          Map<String, List<String>> tags =
              tagsOf(query.tenant().value(), items.stream().map(r -> r.id).toList());
          List<Customer> customers = new ArrayList<>(items.size());
          for (CustomerRow row : items) {
            customers.add(
                Customer.restore(CustomerMapper.read(row, tags.getOrDefault(row.id, List.of()))));
          }
          Cursor next = more ? Cursor.of(items.get(items.size() - 1).id) : null;
          return new Page<>(customers, next);
        });
  }

  @Override
  public long count(CustomerQuery query) {
    return unitOfWork.call(
        "customers of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(em.createQuery("select count(r) from CustomerRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  private static Where where(CustomerQuery q) {
    Where where = new Where().and("r.tenant = :tenant", "tenant", q.tenant().value());
    if (!q.includeDeleted()) {
      where.and("r.deletedAt is null");
    }
    where
        .andIf(
            q.industry() == null ? null : q.industry().code(), "r.industry = :industry", "industry")
        .andIf(
            q.sizeBand() == null ? null : q.sizeBand().code(), "r.sizeBand = :sizeBand", "sizeBand")
        .andIf(
            q.purchaseFrequency() == null ? null : q.purchaseFrequency().code(),
            "r.purchaseFrequency = :purchaseFrequency",
            "purchaseFrequency")
        .andIf(
            q.category() == null ? null : q.category().code(), "r.category = :category", "category")
        .andIf(q.region() == null ? null : q.region().code(), "r.region = :region", "region")
        .andIf(q.source() == null ? null : q.source().code(), "r.source = :source", "source")
        .andIf(q.kind() == null ? null : q.kind().name(), "r.nameKind = :kind", "kind")
        .andIf(q.owner() == null ? null : q.owner().value(), "r.owner = :owner", "owner")
        .andIf(q.parent() == null ? null : q.parent().toString(), "r.parent = :parent", "parent")
        .andIf(
            q.updatedSince() == null ? null : Micros.of("updatedSince", q.updatedSince()),
            "r.updatedAt >= :updatedSince",
            "updatedSince")
        .andIf(
            q.tag() == null ? null : q.tag().code(),
            "exists (select t.value from CustomerTagRow t where t.tenant = r.tenant"
                + " and t.owner = r.id and t.value = :tag)",
            "tag")
        .andIf(
            q.namePrefix() == null ? null : Where.prefixPattern(q.namePrefix()),
            "exists (select k.value from CustomerNameKeyRow k where k.tenant = r.tenant"
                + " and k.owner = r.id and k.value like :namePrefix escape '!')",
            "namePrefix");
    return where;
  }

  /** Returns the tags of the customers, by customer id, each list in tag order. */
  private Map<String, List<String>> tagsOf(String tenant, List<String> customers) {
    Map<String, List<String>> tags = new LinkedHashMap<>();
    if (customers.isEmpty()) {
      return tags;
    }
    List<CustomerTagRow> rows =
        IdSpan.of(customers)
            .bind(
                em.createQuery(
                        "select t from CustomerTagRow t where t.tenant = :tenant and "
                            + IdSpan.between("t.owner")
                            + " and t.owner in :owners order by t.owner, t.value",
                        CustomerTagRow.class)
                    .setParameter("tenant", tenant)
                    .setParameter("owners", customers))
            .getResultList();
    for (CustomerTagRow row : rows) {
      tags.computeIfAbsent(row.owner, o -> new ArrayList<>()).add(row.value);
    }
    return tags;
  }

  /**
   * Hands {@code rows} the rows of a customer that is not stored yet — the customer row at the
   * version after the snapshot's, then its tag and name-key rows — to persist ({@code em::persist})
   * or, in the bulk import, to insert with JDBC batches; reads nothing.
   */
  static void insert(Consumer<Object> rows, CustomerSnapshot s) {
    CustomerRow row = CustomerRow.create();
    row.tenant = s.tenant().value();
    row.id = s.id().toString();
    CustomerMapper.write(s, row);
    row.version = s.version() + 1;
    rows.accept(row);
    for (String tag : CustomerMapper.tags(s)) {
      rows.accept(new CustomerTagRow(row.tenant, row.id, tag));
    }
    for (String nameKey : CustomerMapper.nameKeys(s.name())) {
      rows.accept(new CustomerNameKeyRow(row.tenant, row.id, nameKey));
    }
  }

  /** Brings the tag and name-key rows from the old values to the snapshot's. */
  private static void replaceChildren(
      EntityManager em,
      CustomerRow row,
      Set<String> oldTags,
      Set<String> oldKeys,
      CustomerSnapshot s) {
    RowKey key = new RowKey(row.tenant, row.id);
    Set<String> tags = CustomerMapper.tags(s);
    for (String tag : oldTags) {
      if (!tags.contains(tag)) {
        removeChild(em, CustomerTagRow.class, key, tag);
      }
    }
    for (String tag : tags) {
      if (!oldTags.contains(tag)) {
        em.persist(new CustomerTagRow(key.tenant, key.id, tag));
      }
    }
    Set<String> keys = CustomerMapper.nameKeys(s.name());
    for (String old : oldKeys) {
      if (!keys.contains(old)) {
        removeChild(em, CustomerNameKeyRow.class, key, old);
      }
    }
    for (String nameKey : keys) {
      if (!oldKeys.contains(nameKey)) {
        em.persist(new CustomerNameKeyRow(key.tenant, key.id, nameKey));
      }
    }
  }

  private static void removeChild(EntityManager em, Class<?> type, RowKey owner, String value) {
    Object child = em.find(type, new ChildKey(owner.tenant, owner.id, value));
    if (child != null) {
      em.remove(child);
    }
  }

  private static String idAfter(Cursor cursor) {
    try {
      return CustomerId.parse(cursor.token()).toString();
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }

  private static RowKey key(TenantId tenant, CustomerId id) {
    return new RowKey(tenant.value(), id.toString());
  }
}
