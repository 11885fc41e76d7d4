package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.OwnershipRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ownership repository of one JPA unit of work: {@code crm_ownership} with its moves in {@code
 * crm_ownership_move}, keyset-paged over the primary key {@code (tenant_id, customer_id)}. A save
 * writes only the moves that changed: a move appended by the aggregate is one insert.
 */
final class JpaOwnershipRepository implements OwnershipRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;
  private final VersionedRows<OwnershipRow> rows;

  JpaOwnershipRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.rows = new VersionedRows<>(unitOfWork, OwnershipRow.class);
  }

  @Override
  public Optional<Ownership> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "ownership of customer " + customer,
        () -> {
          OwnershipRow row = rows.find(key(tenant, customer));
          return Optional.ofNullable(row).map(r -> read(r, movesOf(r.tenant, List.of(r.id))));
        });
  }

  @Override
  public Ownership save(Ownership ownership) {
    OwnershipSnapshot s = ownership.snapshot();
    String what = "ownership of customer " + s.customer();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(s.tenant(), s.customer());
          List<OwnershipMoveRow> stored =
              s.version() == 0 ? List.of() : movesOf(key.tenant, List.of(key.id));
          rows.save(what, key, s.version(), () -> new OwnershipRow(key), r -> r.write(s));
          for (int i = 0; i < Math.max(stored.size(), s.moves().size()); i++) {
            if (i >= s.moves().size()) {
              em.remove(stored.get(i));
            } else if (i < stored.size()) {
              stored.get(i).write(s.moves().get(i));
            } else {
              OwnershipMoveRow move = new OwnershipMoveRow(key.tenant, key.id, i);
              move.write(s.moves().get(i));
              em.persist(move);
            }
          }
          return Ownership.restore(s.withVersion(s.version() + 1));
        });
  }

  /**
   * Hands {@code rows} the rows of an ownership that is not stored yet — the ownership row at the
   * version after the snapshot's, then a row per move — to insert with JDBC batches in the bulk
   * import; reads nothing.
   */
  static void insert(Consumer<Object> rows, OwnershipSnapshot s) {
    OwnershipRow row = new OwnershipRow(key(s.tenant(), s.customer()));
    row.write(s);
    rows.accept(row);
    for (int i = 0; i < s.moves().size(); i++) {
      OwnershipMoveRow move = new OwnershipMoveRow(row.tenant, row.id, i);
      move.write(s.moves().get(i));
      rows.accept(move);
    }
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.call(
        "ownership of customer " + customer,
        () ->
            rows.delete(
                key(tenant, customer), r -> movesOf(r.tenant, List.of(r.id)).forEach(em::remove)));
  }

  @Override
  public Page<Ownership> find(OwnershipQuery query, PageRequest page) {
    return unitOfWork.call(
        "ownerships of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          page.cursor()
              .ifPresent(
                  c ->
                      where.and(
                          "r.id > :after",
                          "after",
                          KeysetPages.after(c, CustomerId::parse).toString()));
          List<OwnershipRow> found =
              where
                  .bind(
                      em.createQuery(
                          "select r from OwnershipRow r" + where.jpql() + " order by r.id",
                          OwnershipRow.class))
                  .setMaxResults(page.size() + 1)
                  .getResultList();
          List<OwnershipRow> items = found.subList(0, Math.min(found.size(), page.size()));
          Map<String, List<OwnershipMoveRow>> moves = new HashMap<>();
          for (OwnershipMoveRow move :
              movesOf(query.tenant().value(), items.stream().map(r -> r.id).toList())) {
            moves.computeIfAbsent(move.customer, c -> new ArrayList<>()).add(move);
          }
          return KeysetPages.page(
              found, page.size(), r -> read(r, moves.getOrDefault(r.id, List.of())), r -> r.id);
        });
  }

  @Override
  public long count(OwnershipQuery query) {
    return unitOfWork.call(
        "ownerships of tenant " + query.tenant(),
        () -> {
          Where where = where(query);
          return where
              .bind(
                  em.createQuery("select count(r) from OwnershipRow r" + where.jpql(), Long.class))
              .getSingleResult();
        });
  }

  private static Where where(OwnershipQuery q) {
    Where where =
        new Where()
            .and("r.tenant = :tenant", "tenant", q.tenant().value())
            .andIf(q.owner() == null ? null : q.owner().value(), "r.owner = :owner", "owner")
            .andIf(q.pool() == null ? null : q.pool().code(), "r.pool = :pool", "pool");
    if (q.claimedBy() != null && q.claimedSince() != null) {
      where
          .and(
              "exists (select m.number from OwnershipMoveRow m where m.tenant = r.tenant"
                  + " and m.customer = r.id and m.newOwner = :claimedBy and m.kind = :claimed"
                  + " and m.at >= :claimedSince)",
              "claimedBy",
              q.claimedBy().value())
          .with("claimed", MoveKind.CLAIMED.name())
          .with("claimedSince", Micros.of("claimedSince", q.claimedSince()));
    }
    return where;
  }

  /** Returns the move rows of the customers, by customer and then oldest first. */
  private List<OwnershipMoveRow> movesOf(String tenant, List<String> customers) {
    if (customers.isEmpty()) {
      return List.of();
    }
    return IdSpan.of(customers)
        .bind(
            em.createQuery(
                    "select m from OwnershipMoveRow m where m.tenant = :tenant and "
                        + IdSpan.between("m.customer")
                        + " and m.customer in :customers order by m.customer, m.number",
                    OwnershipMoveRow.class)
                .setParameter("tenant", tenant)
                .setParameter("customers", customers))
        .getResultList();
  }

  private static Ownership read(OwnershipRow row, List<OwnershipMoveRow> moves) {
    List<OwnershipMove> history = new ArrayList<>(moves.size());
    moves.forEach(m -> history.add(m.read()));
    return Ownership.restore(row.read(history));
  }

  private static RowKey key(TenantId tenant, CustomerId customer) {
    return new RowKey(tenant.value(), customer.toString());
  }
}
