package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.OptIn;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentKind;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.segment.SegmentRule;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Defines segments, keeps static members and applies the computed membership of dynamic segments,
 * recording when each customer entered and left. Reached through {@link CrmKit#segments()}.
 *
 * @since 0.1
 */
public final class SegmentService {
  private final Kernel kernel;
  private final Map<String, SegmentRule> rules;

  SegmentService(Kernel kernel, Map<String, SegmentRule> rules) {
    this.kernel = kernel;
    this.rules = Map.copyOf(rules);
  }

  /**
   * Recomputes a dynamic segment for every active customer of the tenant with its registered rule,
   * as of today, and applies the result like {@link #applyComputed}.
   *
   * @throws NotFoundException if the segment does not exist
   * @throws InvalidTransitionException if it is static
   * @throws IllegalStateException if no rule with the segment's {@code ruleRef} is registered
   */
  public MembershipChange recompute(TenantId tenant, SegmentKey key, UserRef by) {
    kernel.requireTenant(tenant);
    Segment segment =
        segment(tenant, key).orElseThrow(() -> new NotFoundException("segment " + key));
    requireKind(segment, SegmentKind.DYNAMIC);
    SegmentRule rule = ruleOf(segment);
    LocalDate today = kernel.today();
    Set<CustomerId> members = new HashSet<>();
    kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Page.walk(
              PageRequest.MAX_SIZE,
              request ->
                  store.customers().find(io.crmkit.core.customer.CustomerQuery.in(tenant), request),
              customer -> {
                CustomerFacts facts = FactsService.groupFacts(store, tenant, customer.id());
                if (rule.isMember(customer.snapshot(), facts, today)) {
                  members.add(customer.id());
                }
              });
          return null;
        });
    return applyComputed(tenant, key, members, kernel.now(), by);
  }

  /**
   * Re-decides one customer's membership of every dynamic segment of the tenant, for a customer
   * whose facts just changed; returns the keys of the segments it entered or left.
   *
   * @throws IllegalStateException if a dynamic segment's rule is not registered
   */
  public List<SegmentKey> reevaluate(TenantId tenant, CustomerId customer, UserRef by) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Customer held = CustomerService.load(store, tenant, customer);
          CustomerFacts facts = FactsService.groupFacts(store, tenant, customer);
          LocalDate today = kernel.today();
          List<SegmentKey> changed = new java.util.ArrayList<>();
          for (Segment segment : store.segments().findAll(tenant)) {
            if (segment.kind() != SegmentKind.DYNAMIC) {
              continue;
            }
            boolean member =
                !held.isDeleted() && ruleOf(segment).isMember(held.snapshot(), facts, today);
            MembershipKey key = new MembershipKey(segment.key(), customer);
            SegmentMembership membership =
                store
                    .memberships()
                    .find(tenant, key)
                    .orElseGet(() -> SegmentMembership.none(tenant, key));
            boolean moved =
                member ? membership.enter(kernel.now(), by) : membership.leave(kernel.now());
            if (moved) {
              work.record(membership.pullEvents());
              store.memberships().save(membership);
              changed.add(segment.key());
            }
          }
          return changed;
        });
  }

  private SegmentRule ruleOf(Segment segment) {
    SegmentRule rule = rules.get(segment.ruleRef());
    if (rule == null) {
      throw new IllegalStateException(
          "segment "
              + segment.key()
              + " names rule "
              + segment.ruleRef()
              + ", which is not registered; add it with CrmKit.builder().segmentRule(...)");
    }
    return rule;
  }

  /**
   * Creates a segment (version 0) or replaces a stored one (at its stored version).
   *
   * @throws ValidationException if a stored segment would change between static and dynamic
   */
  public Segment define(Segment segment) {
    kernel.requireTenant(segment.tenant());
    return kernel.execute(
        work -> {
          Optional<Segment> stored = work.store().segments().find(segment.tenant(), segment.key());
          if (stored.isPresent() && stored.get().kind() != segment.kind()) {
            throw ValidationException.of(
                "kind",
                segment.kind(),
                "must stay " + stored.get().kind() + " for segment " + segment.key());
          }
          return work.store().segments().save(segment);
        });
  }

  /** Finds a segment. */
  public Optional<Segment> segment(TenantId tenant, SegmentKey key) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().segments().find(tenant, key));
  }

  /** Returns every segment of the tenant, in key order. */
  public List<Segment> segments(TenantId tenant) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().segments().findAll(tenant));
  }

  /**
   * Adds an active customer to a static segment; returns whether it was not a member before.
   *
   * @throws InvalidTransitionException if the segment is dynamic
   * @throws NotFoundException if the segment or the customer does not exist
   */
  public boolean add(TenantId tenant, SegmentKey key, CustomerId customer, UserRef by) {
    return changeStatic(tenant, key, customer, m -> m.enter(kernel.now(), by));
  }

  /**
   * Removes a customer from a static segment; returns whether it was a member.
   *
   * @throws InvalidTransitionException if the segment is dynamic
   */
  public boolean remove(TenantId tenant, SegmentKey key, CustomerId customer) {
    return changeStatic(tenant, key, customer, m -> m.leave(kernel.now()));
  }

  /** Records a member's opt-in status for a marketing list. */
  public void recordOptIn(TenantId tenant, SegmentKey key, CustomerId customer, OptIn status) {
    changeStatic(
        tenant,
        key,
        customer,
        m -> {
          m.recordOptIn(status);
          return true;
        });
  }

  /**
   * Applies a dynamic segment's newly computed membership as of {@code asOf}: customers in {@code
   * members} that were not members enter, members not in it leave, and the segment remembers the
   * computation. Returns how many entered and left; only real changes are recorded.
   *
   * @throws InvalidTransitionException if the segment is static
   * @throws NotFoundException if the segment does not exist
   */
  public MembershipChange applyComputed(
      TenantId tenant, SegmentKey key, Set<CustomerId> members, Instant asOf, UserRef by) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Segment segment = load(store, tenant, key);
          requireKind(segment, SegmentKind.DYNAMIC);
          Set<CustomerId> pending = new HashSet<>(members);
          List<SegmentMembership> current = new java.util.ArrayList<>();
          Page.walk(
              PageRequest.MAX_SIZE,
              request -> store.memberships().find(MembershipQuery.membersOf(tenant, key), request),
              current::add);
          int left = 0;
          for (SegmentMembership membership : current) {
            if (!pending.remove(membership.key().customer()) && membership.leave(asOf)) {
              left++;
              work.record(membership.pullEvents());
              store.memberships().save(membership);
            }
          }
          for (CustomerId customer : pending) {
            MembershipKey membershipKey = new MembershipKey(key, customer);
            SegmentMembership membership =
                store
                    .memberships()
                    .find(tenant, membershipKey)
                    .orElseGet(() -> SegmentMembership.none(tenant, membershipKey));
            membership.enter(asOf, by);
            work.record(membership.pullEvents());
            store.memberships().save(membership);
          }
          store.segments().save(segment.computedAt(asOf));
          return new MembershipChange(pending.size(), left);
        });
  }

  /** Returns whether the customer is a member of the segment now. */
  public boolean isMember(TenantId tenant, SegmentKey key, CustomerId customer) {
    return membership(tenant, key, customer).map(SegmentMembership::isMember).orElse(false);
  }

  /** Returns a customer's membership of a segment with its history, if it ever was a member. */
  public Optional<SegmentMembership> membership(
      TenantId tenant, SegmentKey key, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> work.store().memberships().find(tenant, new MembershipKey(key, customer)));
  }

  /** Lists memberships matching the query, keyset-paged in segment, then customer order. */
  public Page<SegmentMembership> find(MembershipQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().memberships().find(query, page));
  }

  /** Counts memberships matching the query, e.g. a segment's current members. */
  public long count(MembershipQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().memberships().count(query));
  }

  /** Removes a customer's memberships of every segment of the tenant; used when purging. */
  static void forget(UnitOfWork store, TenantId tenant, CustomerId customer) {
    for (Segment segment : store.segments().findAll(tenant)) {
      store.memberships().delete(tenant, new MembershipKey(segment.key(), customer));
    }
  }

  private boolean changeStatic(
      TenantId tenant, SegmentKey key, CustomerId customer, MembershipMove move) {
    kernel.requireTenant(tenant);
    requireNonNull(customer, "customer");
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          requireKind(load(store, tenant, key), SegmentKind.STATIC);
          Customer member = CustomerService.load(store, tenant, customer);
          if (member.isDeleted()) {
            throw ValidationException.of(
                "customer", customer, "must be an active customer of the tenant");
          }
          MembershipKey membershipKey = new MembershipKey(key, customer);
          SegmentMembership membership =
              store
                  .memberships()
                  .find(tenant, membershipKey)
                  .orElseGet(() -> SegmentMembership.none(tenant, membershipKey));
          boolean changed = move.apply(membership);
          if (changed) {
            work.record(membership.pullEvents());
            store.memberships().save(membership);
          }
          return changed;
        });
  }

  private static Segment load(UnitOfWork store, TenantId tenant, SegmentKey key) {
    return store
        .segments()
        .find(tenant, key)
        .orElseThrow(() -> new NotFoundException("segment " + key));
  }

  private static void requireKind(Segment segment, SegmentKind kind) {
    if (segment.kind() != kind) {
      throw new InvalidTransitionException(
          "membership of segment " + segment.key(),
          segment.kind(),
          kind,
          kind == SegmentKind.STATIC
              ? "a dynamic segment's members come from its rule"
              : "a static segment's members are added explicitly");
    }
  }

  /** One change to one membership, returning whether it changed anything. */
  @FunctionalInterface
  private interface MembershipMove {
    boolean apply(SegmentMembership membership);
  }

  /**
   * What applying a computed membership changed.
   *
   * @param entered how many customers entered
   * @param left how many customers left
   * @since 0.1
   */
  public record MembershipChange(int entered, int left) {}
}
