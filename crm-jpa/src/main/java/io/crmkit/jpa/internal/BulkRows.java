package io.crmkit.jpa.internal;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the bulk import: new customers with their contacts, activities and facts, as the same
 * rows the repositories' first saves persist, without reading anything first; the lock version the
 * provider gives new rows; and the one batched read the import's checks need.
 */
public final class BulkRows {
  /** How many ids one {@code in} list of {@link #customers} holds at most. */
  public static final int IDS_PER_QUERY = 500;

  private BulkRows() {}

  /**
   * Hands {@code rows} the rows of a customer that is not stored yet with its contacts, activities
   * and facts, each at version 1, as the repositories' first saves write them: the customer row and
   * its tag and name-key rows, each contact row and its key rows, the activity rows, the facts row.
   * Reads nothing.
   *
   * @param facts the customer's facts, or {@code null} to store none (a customer with no activity)
   * @param rows {@code em::persist}, or {@link RowInserts#add} to insert them with JDBC batches
   */
  public static void of(
      Customer customer,
      List<Contact> contacts,
      List<RecordedActivity> activities,
      @Nullable CustomerFacts facts,
      Consumer<Object> rows) {
    CustomerSnapshot s = customer.snapshot();
    JpaCustomerRepository.insert(rows, s);
    UserRef owner = s.owner();
    if (owner != null) {
      JpaOwnershipRepository.insert(
          rows, Ownership.registered(s.tenant(), s.id(), owner, s.createdAt()).snapshot());
    }
    for (Contact contact : contacts) {
      JpaContactRepository.insert(rows, contact.snapshot());
    }
    for (RecordedActivity activity : activities) {
      rows.accept(ActivityMapper.write(activity));
    }
    if (facts != null) {
      rows.accept(JpaCustomerFactsRepository.newRow(facts));
    }
  }

  /**
   * Returns the stored customers among {@code ids}, with their parent and whether they are deleted,
   * reading {@value #IDS_PER_QUERY} ids per query.
   */
  public static Map<CustomerId, Stored> customers(
      EntityManager em, TenantId tenant, Collection<CustomerId> ids) {
    Map<CustomerId, Stored> found = new HashMap<>();
    List<String> batch = new ArrayList<>(IDS_PER_QUERY);
    for (CustomerId id : ids) {
      batch.add(id.toString());
      if (batch.size() == IDS_PER_QUERY) {
        read(em, tenant, batch, found);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      read(em, tenant, batch, found);
    }
    return found;
  }

  private static void read(
      EntityManager em, TenantId tenant, List<String> ids, Map<CustomerId, Stored> found) {
    List<Object[]> rows =
        IdSpan.of(ids)
            .bind(
                em.createQuery(
                        "select r.id, r.parent, r.deletedAt from CustomerRow r"
                            + " where r.tenant = :tenant and "
                            + IdSpan.between("r.id")
                            + " and r.id in :ids",
                        Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", ids))
            .getResultList();
    for (Object[] row : rows) {
      CustomerId id = CustomerId.parse((String) row[0]);
      found.put(
          id,
          new Stored(
              id, row[1] == null ? null : CustomerId.parse((String) row[1]), row[2] != null));
    }
  }

  /**
   * What the import's checks need to know about a stored customer.
   *
   * @param id the customer
   * @param parent its parent, or {@code null}
   * @param deleted whether it is deleted
   */
  public record Stored(CustomerId id, @Nullable CustomerId parent, boolean deleted) {}
}
