package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.ClaimLoad;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecycleOutcome;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.ownership.TeamMember;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs public pools (公海) and moves customers between pools and account managers: claim, assign,
 * release, transfer, lock; and keeps each customer's account team. The customer's {@code owner}
 * follows every move in the same unit of work. Reached through {@link CrmKit#ownership()}.
 *
 * @since 0.1
 */
public final class OwnershipService {
  private final Kernel kernel;
  private final RecyclingRule recyclingRule;

  OwnershipService(Kernel kernel, RecyclingRule recyclingRule) {
    this.kernel = kernel;
    this.recyclingRule = requireNonNull(recyclingRule, "recyclingRule");
  }

  /**
   * Creates a pool (version 0) or replaces a stored one (at its stored version).
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if the pool was saved in between
   */
  public PublicPool definePool(PublicPool pool) {
    kernel.requireTenant(pool.tenant());
    return kernel.execute(work -> work.store().pools().save(pool));
  }

  /** Finds a pool. */
  public Optional<PublicPool> pool(TenantId tenant, PoolId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().pools().find(tenant, id));
  }

  /** Returns every pool of the tenant, in id order. */
  public List<PublicPool> pools(TenantId tenant) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().pools().findAll(tenant));
  }

  /** Returns who holds a customer; empty if nobody ever did. */
  public Optional<Ownership> ownership(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().ownerships().find(tenant, customer));
  }

  /**
   * Puts an unowned customer into a pool.
   *
   * @throws NotFoundException if the customer or the pool does not exist
   * @throws io.crmkit.core.shared.InvalidTransitionException if the customer has an owner
   */
  public Ownership putInPool(
      TenantId tenant, CustomerId customer, PoolId pool, UserRef actor, String reason) {
    return change(
        tenant,
        customer,
        (o, store) -> o.putInPool(loadPool(store, tenant, pool), actor, kernel.now(), reason));
  }

  /**
   * Claims a customer from the pool it waits in, checking the pool's membership, quota, daily limit
   * and ex-owner cooldown. Of two users claiming one customer at once, one wins; the other gets a
   * {@link io.crmkit.core.ownership.ClaimRefusedException} or a {@link
   * io.crmkit.core.shared.ConcurrentUpdateException}.
   *
   * @throws io.crmkit.core.ownership.ClaimRefusedException naming the rule that refused it
   * @throws NotFoundException if the customer or the pool does not exist
   */
  public Ownership claim(
      TenantId tenant, CustomerId customer, PoolId pool, Claimant claimant, String reason) {
    requireNonNull(claimant, "claimant");
    return change(
        tenant,
        customer,
        (o, store) -> {
          PublicPool from = loadPool(store, tenant, pool);
          o.claim(from, claimant, load(store, tenant, from, claimant.user()), kernel.now(), reason);
        });
  }

  /**
   * Gives an unowned customer an owner: from its pool by an administrator of that pool, or, when it
   * waits in no pool, on the host's authority.
   *
   * @throws io.crmkit.core.ownership.ClaimRefusedException if the actor does not administer the
   *     pool, or the customer is locked
   * @throws io.crmkit.core.shared.InvalidTransitionException if the customer has an owner
   */
  public Ownership assign(
      TenantId tenant, CustomerId customer, UserRef newOwner, UserRef actor, String reason) {
    return change(
        tenant,
        customer,
        (o, store) -> {
          PublicPool from = o.pool().map(id -> loadPool(store, tenant, id)).orElse(null);
          o.assign(from, newOwner, actor, kernel.now(), reason);
        });
  }

  /**
   * Puts an owned customer back into a pool, by its owner or an administrator of the pool.
   *
   * @throws io.crmkit.core.ownership.ClaimRefusedException if the actor may not, or the customer is
   *     locked
   * @throws io.crmkit.core.shared.InvalidTransitionException if the customer has no owner
   */
  public Ownership release(
      TenantId tenant, CustomerId customer, PoolId pool, UserRef actor, String reason) {
    return change(
        tenant,
        customer,
        (o, store) -> o.release(loadPool(store, tenant, pool), actor, kernel.now(), reason));
  }

  /**
   * Moves a customer from its owner to another.
   *
   * @throws io.crmkit.core.shared.InvalidTransitionException if it has no owner, or the new owner
   *     already owns it
   */
  public Ownership transfer(
      TenantId tenant, CustomerId customer, UserRef newOwner, UserRef actor, String reason) {
    return change(
        tenant, customer, (o, store) -> o.transfer(newOwner, actor, kernel.now(), reason));
  }

  /** Locks a customer against claims, assignments, releases and transfers. */
  public Ownership lock(TenantId tenant, CustomerId customer, UserRef actor, String reason) {
    return change(tenant, customer, (o, store) -> o.lock(actor, kernel.now(), reason));
  }

  /** Lifts a customer's lock. */
  public Ownership unlock(TenantId tenant, CustomerId customer, UserRef actor, String reason) {
    return change(tenant, customer, (o, store) -> o.unlock(actor, kernel.now(), reason));
  }

  /**
   * Adds a user to the customer's account team, or changes the user's membership.
   *
   * @throws ValidationException if the user is the owner
   */
  public Ownership addTeamMember(TenantId tenant, CustomerId customer, TeamMember member) {
    return change(tenant, customer, (o, store) -> o.addTeamMember(member));
  }

  /** Removes a user from the customer's account team. */
  public Ownership removeTeamMember(TenantId tenant, CustomerId customer, UserRef user) {
    return change(tenant, customer, (o, store) -> o.removeTeamMember(user));
  }

  /**
   * Asks the recycling rule about a customer today without moving it: keep, warn (with the day it
   * will be recycled) or recycle. The rule is asked only about an owned, unlocked customer of an
   * existing pool; a customer that belongs to no pool, whose pool was deleted, that has no owner or
   * whose ownership is locked is kept, with a reason saying which.
   *
   * @throws NotFoundException if there is no such customer
   * @throws ValidationException if the customer is deleted
   * @since 0.1
   */
  public RecycleDecision recyclingDecision(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    requireNonNull(customer, "customer");
    return kernel
        .execute(
            work -> decide(Standing.read(work.store(), loadActive(work.store(), tenant, customer))))
        .decision();
  }

  /**
   * Applies the recycling rule to one customer (公海回收): when it decides to recycle, puts the
   * customer back into the pool it belongs to ({@link Ownership#homePool()}) as a {@link
   * io.crmkit.core.ownership.MoveKind#RECYCLED} move with the rule's reason, clears the customer's
   * owner, and records the events, in one unit of work; the ex-owner then waits out the pool's
   * cooldown before claiming it again. Otherwise changes nothing. Batch jobs call it for every
   * customer; calling it again after a recycling changes nothing, as the customer is unowned. As in
   * {@link #recyclingDecision}, the rule is not asked, and the customer is kept with a reason, when
   * it belongs to no pool, its pool was deleted ({@code "pool east was deleted"}; the outcome still
   * names that pool), it has no owner, or its ownership is locked; so a host rule that answers
   * recycle for any customer never makes this fail.
   *
   * @param actor who recycles, recorded on the move (a batch job's service user, an administrator)
   * @throws NotFoundException if there is no such customer
   * @throws ValidationException if the customer is deleted
   * @since 0.1
   */
  public RecycleOutcome recycle(TenantId tenant, CustomerId customer, UserRef actor) {
    kernel.requireTenant(tenant);
    requireNonNull(customer, "customer");
    requireNonNull(actor, "actor");
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Customer held = loadActive(store, tenant, customer);
          Standing standing = Standing.read(store, held);
          RecycleOutcome outcome = decide(standing);
          if (!outcome.decision().isRecycle()) {
            return outcome;
          }
          Ownership ownership = standing.ownership();
          String reason = "recycled by " + recyclingRule.id() + ": " + outcome.decision().reason();
          if (reason.length() > OwnershipMove.MAX_REASON) {
            reason = reason.substring(0, OwnershipMove.MAX_REASON);
          }
          ownership.recycle(standing.pool().orElseThrow(), actor, kernel.now(), reason);
          save(work, held, ownership);
          return new RecycleOutcome(customer, outcome.decision(), outcome.pool(), true);
        });
  }

  /**
   * Decides about one customer. Only an owned, unlocked customer whose home pool exists is put to
   * the recycling rule; every other one is kept with a reason saying why, so a host rule that
   * answers recycle regardless cannot make recycling fail.
   */
  private RecycleOutcome decide(Standing standing) {
    CustomerId customer = standing.customer().id();
    Ownership ownership = standing.ownership();
    Optional<PoolId> home = ownership.homePool();
    if (home.isEmpty()) {
      return kept(customer, null, "customer " + customer + " belongs to no pool");
    }
    if (standing.pool().isEmpty()) {
      return kept(customer, home.get(), "pool " + home.get() + " was deleted");
    }
    PublicPool pool = standing.pool().get();
    if (ownership.owner().isEmpty()) {
      return kept(customer, pool.id(), "customer " + customer + " has no owner");
    }
    if (ownership.isLocked()) {
      return kept(customer, pool.id(), "customer " + customer + " is locked");
    }
    RecyclingCase subject =
        new RecyclingCase(
            standing.customer().snapshot(),
            standing.facts(),
            standing.ownership().snapshot(),
            pool.policy(),
            standing.tiers(),
            kernel.clock.getZone());
    return new RecycleOutcome(
        customer, recyclingRule.decide(subject, kernel.today()), pool.id(), false);
  }

  private static RecycleOutcome kept(CustomerId customer, @Nullable PoolId pool, String reason) {
    return new RecycleOutcome(customer, RecycleDecision.keep(null, reason), pool, false);
  }

  private static Customer loadActive(UnitOfWork store, TenantId tenant, CustomerId customer) {
    Customer held = CustomerService.load(store, tenant, customer);
    if (held.isDeleted()) {
      throw ValidationException.of("customer", customer, "is deleted; restore it before moving it");
    }
    return held;
  }

  /** Lists ownerships matching the query, keyset-paged in ascending customer id order. */
  public Page<Ownership> find(OwnershipQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().ownerships().find(query, page));
  }

  /** Counts ownerships matching the query, e.g. the customers a manager owns. */
  public long count(OwnershipQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().ownerships().count(query));
  }

  private Ownership change(
      TenantId tenant, CustomerId customer, BiConsumer<Ownership, UnitOfWork> move) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Customer held = loadActive(store, tenant, customer);
          Ownership ownership =
              store
                  .ownerships()
                  .find(tenant, customer)
                  .orElseGet(() -> Ownership.none(tenant, customer));
          move.accept(ownership, store);
          return save(work, held, ownership);
        });
  }

  private Ownership save(Kernel.Work work, Customer held, Ownership ownership) {
    UnitOfWork store = work.store();
    work.record(ownership.pullEvents());
    Ownership saved = store.ownerships().save(ownership);
    if (!held.owner().equals(saved.owner())) {
      held.assignOwner(saved.owner().orElse(null), kernel.now());
      work.record(held.pullEvents());
      store.customers().save(held);
    }
    return saved;
  }

  private ClaimLoad load(UnitOfWork store, TenantId tenant, PublicPool pool, UserRef user) {
    Instant startOfDay = kernel.today().atStartOfDay(kernel.clock.getZone()).toInstant();
    long claimsToday =
        store.ownerships().count(OwnershipQuery.in(tenant).claimedBy(user, startOfDay));
    List<Ownership> owns = new java.util.ArrayList<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> store.ownerships().find(OwnershipQuery.in(tenant).ownedBy(user), request),
        owns::add);
    boolean countWon = pool.policy().wonCustomersCount();
    long owned =
        owns.stream()
            .filter(
                o ->
                    countWon
                        || store
                            .facts()
                            .find(tenant, o.customer())
                            .map(f -> f.orderCount() == 0)
                            .orElse(true))
            .count();
    return new ClaimLoad(owned, claimsToday);
  }

  private static PublicPool loadPool(UnitOfWork store, TenantId tenant, PoolId id) {
    return store
        .pools()
        .find(tenant, id)
        .orElseThrow(() -> new NotFoundException("public pool " + id));
  }
}
