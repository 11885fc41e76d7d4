package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.ClaimRefusedException.Reason;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who holds a customer: at most one owner (the dedicated account manager), else the public pool it
 * waits in; an account team beside the owner; a lock; and every move that led here. One per
 * customer (its id is the customer's). Refused moves throw {@link ClaimRefusedException} or {@link
 * InvalidTransitionException} and change nothing.
 *
 * @since 0.1
 */
public final class Ownership {
  /** The reason of the move of {@link #registered}: {@value}. */
  public static final String REGISTERED = "registered with this owner";

  private final TenantId tenant;
  private final CustomerId customer;
  private final long version;
  private @Nullable UserRef owner;
  private @Nullable PoolId pool;
  private boolean locked;
  private List<TeamMember> team;
  private List<OwnershipMove> moves;
  private final List<CrmEvent> events = new ArrayList<>();

  private Ownership(OwnershipSnapshot s) {
    this.tenant = s.tenant();
    this.customer = s.customer();
    this.version = s.version();
    this.owner = s.owner();
    this.pool = s.pool();
    this.locked = s.locked();
    this.team = s.team();
    this.moves = s.moves();
  }

  /** Returns the ownership of a customer nobody holds yet: no owner, no pool, no history. */
  public static Ownership none(TenantId tenant, CustomerId customer) {
    return new Ownership(
        new OwnershipSnapshot(tenant, customer, 0, null, null, false, List.of(), List.of()));
  }

  /**
   * Returns the ownership of a customer registered with an owner: that owner, assigned by
   * themselves at the registration instant with the reason {@value #REGISTERED}, and the event of
   * that move pending.
   *
   * @since 0.1
   */
  public static Ownership registered(
      TenantId tenant, CustomerId customer, UserRef owner, Instant at) {
    Ownership ownership = none(tenant, customer);
    ownership.assign(null, owner, owner, at, REGISTERED);
    return ownership;
  }

  /** Rebuilds an ownership from stored state, with no pending events. */
  public static Ownership restore(OwnershipSnapshot snapshot) {
    return new Ownership(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public OwnershipSnapshot snapshot() {
    return new OwnershipSnapshot(tenant, customer, version, owner, pool, locked, team, moves);
  }

  /**
   * Puts an unowned customer into a pool (a new lead, an import).
   *
   * @throws InvalidTransitionException if the customer has an owner (release it instead)
   */
  public void putInPool(PublicPool target, UserRef actor, Instant at, String reason) {
    if (owner != null) {
      throw new InvalidTransitionException(
          "ownership of " + customer,
          owner,
          target.id(),
          "an owned customer is released, not pooled");
    }
    move(MoveKind.POOLED, null, target.id(), actor, at, reason);
  }

  /**
   * Claims the customer from the pool it waits in (领取).
   *
   * @throws ClaimRefusedException if it is locked or not in that pool, the claimant is not a
   *     member, the claimant released it less than the pool's cooldown ago, or the claimant's quota
   *     or daily limit is reached
   */
  public void claim(PublicPool from, Claimant claimant, ClaimLoad load, Instant at, String reason) {
    requireNotLocked();
    requireInPool(from);
    UserRef user = claimant.user();
    if (!from.isMember(user, claimant.departments())) {
      throw new ClaimRefusedException(
          Reason.NOT_A_MEMBER, user + " is not a member of pool " + from.id());
    }
    PoolPolicy policy = from.policy();
    Optional<Instant> released = lastReleasedBy(user);
    Duration cooldown = policy.exOwnerCooldown();
    if (released.isPresent() && !cooldown.isZero() && at.isBefore(released.get().plus(cooldown))) {
      throw new ClaimRefusedException(
          Reason.COOLDOWN,
          user
              + " released "
              + customer
              + " at "
              + released.get()
              + " and may claim it again from "
              + released.get().plus(cooldown));
    }
    if (policy.ownerQuota() > 0 && load.owned() >= policy.ownerQuota()) {
      throw new ClaimRefusedException(
          Reason.QUOTA_REACHED,
          user
              + " owns "
              + load.owned()
              + " customers; the quota of pool "
              + from.id()
              + " is "
              + policy.ownerQuota());
    }
    if (policy.claimsPerDay() > 0 && load.claimsToday() >= policy.claimsPerDay()) {
      throw new ClaimRefusedException(
          Reason.DAILY_LIMIT,
          user
              + " made "
              + load.claimsToday()
              + " claims today; pool "
              + from.id()
              + " allows "
              + policy.claimsPerDay());
    }
    move(MoveKind.CLAIMED, user, from.id(), user, at, reason);
  }

  /**
   * Gives the customer an owner (分配): from its pool by a pool administrator, or, for a customer in
   * no pool, by the host's own authority.
   *
   * @param from the pool the customer waits in, or {@code null} when it is in none
   * @throws ClaimRefusedException if it is locked, not in that pool, or the actor does not
   *     administer the pool
   * @throws InvalidTransitionException if the customer already has an owner (transfer instead)
   */
  public void assign(
      @Nullable PublicPool from, UserRef newOwner, UserRef actor, Instant at, String reason) {
    requireNotLocked();
    if (owner != null) {
      throw new InvalidTransitionException(
          "ownership of " + customer,
          owner,
          newOwner,
          "an owned customer is transferred, not assigned");
    }
    if (pool != null || from != null) {
      requireInPool(from);
      if (!from.isAdmin(actor)) {
        throw new ClaimRefusedException(
            Reason.NOT_AN_ADMIN, actor + " does not administer pool " + from.id());
      }
    }
    move(MoveKind.ASSIGNED, newOwner, from == null ? null : from.id(), actor, at, reason);
  }

  /**
   * Puts an owned customer back into a pool (释放), by its owner or by the pool's administrator.
   *
   * @throws ClaimRefusedException if it is locked, or the actor is neither the owner nor an
   *     administrator of the pool
   * @throws InvalidTransitionException if the customer has no owner
   */
  public void release(PublicPool to, UserRef actor, Instant at, String reason) {
    requireOwnedBeforeMovingTo(to, "released");
    if (!actor.equals(owner) && !to.isAdmin(actor)) {
      throw new ClaimRefusedException(
          Reason.NOT_THE_OWNER,
          actor + " neither owns " + customer + " nor administers pool " + to.id());
    }
    move(MoveKind.RELEASED, null, to.id(), actor, at, reason);
  }

  /**
   * Puts an owned customer back into its pool because a recycling rule decided so (公海回收); the
   * previous owner then waits out the pool's cooldown before claiming it again.
   *
   * @throws ClaimRefusedException if it is locked
   * @throws InvalidTransitionException if the customer has no owner
   */
  public void recycle(PublicPool to, UserRef actor, Instant at, String reason) {
    requireOwnedBeforeMovingTo(to, "recycled");
    move(MoveKind.RECYCLED, null, to.id(), actor, at, reason);
  }

  /**
   * Moves the customer from its owner to another (转移).
   *
   * @throws ClaimRefusedException if it is locked
   * @throws InvalidTransitionException if it has no owner, or the new owner is the owner
   */
  public void transfer(UserRef newOwner, UserRef actor, Instant at, String reason) {
    requireNotLocked();
    if (owner == null || owner.equals(newOwner)) {
      throw new InvalidTransitionException(
          "ownership of " + customer,
          owner == null ? "nobody" : owner,
          newOwner,
          owner == null ? "only an owned customer can be transferred" : "it is already the owner");
    }
    move(MoveKind.TRANSFERRED, newOwner, null, actor, at, reason);
  }

  /** Locks the customer against claims, assignments, releases and transfers; idempotent. */
  public void lock(UserRef actor, Instant at, String reason) {
    if (!locked) {
      locked = true;
      record(MoveKind.LOCKED, owner, pool, actor, at, reason);
    }
  }

  /** Lifts the lock; idempotent. */
  public void unlock(UserRef actor, Instant at, String reason) {
    if (locked) {
      locked = false;
      record(MoveKind.UNLOCKED, owner, pool, actor, at, reason);
    }
  }

  /**
   * Adds a team member, or replaces the membership of a user already on the team.
   *
   * @throws io.crmkit.core.shared.ValidationException if the user is the owner
   */
  public void addTeamMember(TeamMember member) {
    if (member.user().equals(owner)) {
      throw io.crmkit.core.shared.ValidationException.of(
          "team", member.user(), "must not include the owner");
    }
    List<TeamMember> copy = new ArrayList<>(team);
    copy.removeIf(m -> m.user().equals(member.user()));
    copy.add(member);
    team = List.copyOf(copy);
  }

  /** Removes a user from the team; returns whether the user was on it. */
  public boolean removeTeamMember(UserRef user) {
    List<TeamMember> copy = new ArrayList<>(team);
    boolean removed = copy.removeIf(m -> m.user().equals(user));
    team = List.copyOf(copy);
    return removed;
  }

  /** Returns what the user may do with the customer at the instant: the owner reads and writes. */
  public Optional<Access> accessOf(UserRef user, Instant at) {
    if (user.equals(owner)) {
      return Optional.of(Access.READ_WRITE);
    }
    return team.stream()
        .filter(m -> m.user().equals(user) && m.isActiveAt(at))
        .map(TeamMember::access)
        .findFirst();
  }

  /** Returns when the user last released the customer, or lost it to recycling, if ever. */
  public Optional<Instant> lastReleasedBy(UserRef user) {
    for (int i = moves.size() - 1; i >= 0; i--) {
      OwnershipMove move = moves.get(i);
      if ((move.kind() == MoveKind.RELEASED || move.kind() == MoveKind.RECYCLED)
          && user.equals(move.previousOwner())) {
        return Optional.of(move.at());
      }
    }
    return Optional.empty();
  }

  private void requireOwnedBeforeMovingTo(PublicPool to, String verb) {
    requireNotLocked();
    if (owner == null) {
      throw new InvalidTransitionException(
          "ownership of " + customer,
          pool == null ? "nobody" : pool,
          to.id(),
          "only an owned customer can be " + verb);
    }
  }

  private void requireNotLocked() {
    if (locked) {
      throw new ClaimRefusedException(Reason.LOCKED, "customer " + customer + " is locked");
    }
  }

  private void requireInPool(@Nullable PublicPool from) {
    if (from == null || owner != null || !from.id().equals(pool)) {
      throw new ClaimRefusedException(
          Reason.NOT_IN_POOL,
          "customer "
              + customer
              + " is not waiting in pool "
              + (from == null ? "(none given)" : from.id())
              + (owner != null
                  ? "; it is owned by " + owner
                  : pool != null ? "; it is in pool " + pool : ""));
    }
  }

  private void move(
      MoveKind kind,
      @Nullable UserRef newOwner,
      @Nullable PoolId newPool,
      UserRef actor,
      Instant at,
      String reason) {
    UserRef previous = owner;
    OwnershipMove entry = new OwnershipMove(kind, previous, newOwner, newPool, actor, at, reason);
    owner = newOwner;
    pool = newOwner == null ? newPool : null;
    if (newOwner != null) {
      team = team.stream().filter(m -> !m.user().equals(newOwner)).toList();
    }
    append(entry);
  }

  private void record(
      MoveKind kind,
      @Nullable UserRef keptOwner,
      @Nullable PoolId keptPool,
      UserRef actor,
      Instant at,
      String reason) {
    append(new OwnershipMove(kind, keptOwner, keptOwner, keptPool, actor, at, reason));
  }

  private void append(OwnershipMove entry) {
    List<OwnershipMove> copy = new ArrayList<>(moves);
    copy.add(entry);
    moves = List.copyOf(copy);
    events.add(new OwnershipChanged(tenant, customer, entry.at(), entry));
  }

  /** Returns and forgets the events recorded since the ownership was loaded. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  /** Returns the tenant. */
  public TenantId tenant() {
    return tenant;
  }

  /** Returns the customer. */
  public CustomerId customer() {
    return customer;
  }

  /** Returns the stored version; 0 before the first save. */
  public long version() {
    return version;
  }

  /** Returns the dedicated account manager, if any. */
  public Optional<UserRef> owner() {
    return Optional.ofNullable(owner);
  }

  /** Returns the pool the customer waits in, if it is unowned and pooled. */
  public Optional<PoolId> pool() {
    return Optional.ofNullable(pool);
  }

  /**
   * Returns the pool the customer belongs to: the one it waits in, else the one its last pooled,
   * claimed, assigned, released or recycled move named; empty if it never was in a pool.
   */
  public Optional<PoolId> homePool() {
    if (pool != null) {
      return Optional.of(pool);
    }
    for (int i = moves.size() - 1; i >= 0; i--) {
      PoolId named = moves.get(i).pool();
      if (named != null) {
        return Optional.of(named);
      }
    }
    return Optional.empty();
  }

  /** Returns whether moves are blocked. */
  public boolean isLocked() {
    return locked;
  }

  /** Returns the account team besides the owner. */
  public List<TeamMember> team() {
    return team;
  }

  /** Returns every move, oldest first. */
  public List<OwnershipMove> moves() {
    return moves;
  }
}
