package io.crmkit.jpa.internal;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CustomerFactsRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The customer-facts repository of one JPA unit of work: {@code crm_customer_facts}, keyset-paged
 * over its primary key {@code (tenant_id, customer_id)}.
 */
final class JpaCustomerFactsRepository implements CustomerFactsRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaCustomerFactsRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<CustomerFacts> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "facts of customer " + customer,
        () -> {
          RowKey key = new RowKey(tenant.value(), customer.toString());
          return Optional.ofNullable(em.find(CustomerFactsRow.class, key))
              .map(CustomerFactsMapper::read);
        });
  }

  @Override
  public CustomerFacts save(CustomerFacts facts) {
    String what = "facts of customer " + facts.customer();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = new RowKey(facts.tenant().value(), facts.customer().toString());
          CustomerFactsRow row =
              RowVersions.stored(em, CustomerFactsRow.class, key, facts.version(), what);
          if (row == null) {
            em.persist(newRow(facts));
          } else {
            CustomerFactsMapper.write(facts, row);
            row.version = facts.version() + 1;
          }
          return facts.withVersion(facts.version() + 1);
        });
  }

  /**
   * Returns the row of the facts of a customer that has none stored yet, at the version after
   * theirs; the bulk import uses it too.
   */
  static CustomerFactsRow newRow(CustomerFacts facts) {
    CustomerFactsRow row = CustomerFactsRow.create();
    row.tenant = facts.tenant().value();
    row.id = facts.customer().toString();
    CustomerFactsMapper.write(facts, row);
    row.version = facts.version() + 1;
    return row;
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "facts of customer " + customer,
        () -> {
          CustomerFactsRow row =
              em.find(CustomerFactsRow.class, new RowKey(tenant.value(), customer.toString()));
          if (row == null) {
            return false;
          }
          em.remove(row);
          unitOfWork.flushNow();
          return true;
        });
  }

  @Override
  public Page<CustomerFacts> find(TenantId tenant, PageRequest page) {
    return unitOfWork.call(
        "facts of tenant " + tenant,
        () -> {
          Where where = new Where().and("r.tenant = :tenant", "tenant", tenant.value());
          page.cursor().ifPresent(c -> where.and("r.id > :after", "after", idAfter(c)));
          TypedQuery<CustomerFactsRow> query =
              where.bind(
                  em.createQuery(
                      "select r from CustomerFactsRow r" + where.jpql() + " order by r.id",
                      CustomerFactsRow.class));
          List<CustomerFactsRow> rows = query.setMaxResults(page.size() + 1).getResultList();
          boolean more = rows.size() > page.size();
          List<CustomerFactsRow> items = more ? rows.subList(0, page.size()) : rows;
          return new Page<>(
              items.stream().map(CustomerFactsMapper::read).toList(),
              more ? Cursor.of(items.get(items.size() - 1).id) : null);
        });
  }

  private static String idAfter(Cursor cursor) {
    try {
      return CustomerId.parse(cursor.token()).toString();
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", cursor.token(), "must be a cursor returned by this store");
    }
  }
}
