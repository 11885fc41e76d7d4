package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Codes;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A named group of customers of one tenant, static or dynamic. Membership itself lives in {@link
 * SegmentMembership}s, one per customer and segment, so that large segments stay cheap to change.
 *
 * @param tenant the tenant
 * @param key the segment's key within the tenant
 * @param version the stored version; 0 before the first save
 * @param name the segment's name
 * @param kind static or dynamic
 * @param ruleRef for a dynamic segment, the id of the rule that computes it
 * @param computedAsOf for a dynamic segment, the {@code asOf} of the last computation, if any
 * @param marketingList whether members need an opt-in before they are contacted
 * @since 0.1
 */
public record Segment(
    TenantId tenant,
    SegmentKey key,
    long version,
    String name,
    SegmentKind kind,
    @Nullable String ruleRef,
    @Nullable Instant computedAsOf,
    boolean marketingList) {

  /**
   * Validates the segment and lists every problem.
   *
   * @throws ValidationException if the name is blank, a dynamic segment lacks its rule or a static
   *     one names a rule or a computation
   */
  public Segment {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    Problems problems = Problems.create();
    name = problems.text("name", name, 100, true);
    if (kind == SegmentKind.DYNAMIC) {
      problems.check(ruleRef != null, "ruleRef", null, "is required for a dynamic segment");
      String rule = ruleRef;
      ruleRef =
          rule == null ? null : problems.value("ruleRef", () -> Codes.normalize("ruleRef", rule));
    } else {
      problems.check(ruleRef == null, "ruleRef", ruleRef, "must be absent for a static segment");
      problems.check(
          computedAsOf == null,
          "computedAsOf",
          computedAsOf,
          "must be absent for a static segment");
    }
    problems.throwIfAny();
    computedAsOf = computedAsOf == null ? null : Times.stored(computedAsOf);
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a new static segment. */
  public static Segment staticSegment(
      TenantId tenant, SegmentKey key, String name, boolean marketingList) {
    return new Segment(tenant, key, 0, name, SegmentKind.STATIC, null, null, marketingList);
  }

  /** Returns a new dynamic segment computed by the rule. */
  public static Segment dynamic(TenantId tenant, SegmentKey key, String name, String ruleRef) {
    return new Segment(tenant, key, 0, name, SegmentKind.DYNAMIC, ruleRef, null, false);
  }

  /** Returns a copy marking a computation as of the instant. */
  public Segment computedAt(Instant asOf) {
    return new Segment(tenant, key, version, name, kind, ruleRef, asOf, marketingList);
  }

  /** Returns a copy at another version; stores call it when they save. */
  public Segment withVersion(long newVersion) {
    return new Segment(tenant, key, newVersion, name, kind, ruleRef, computedAsOf, marketingList);
  }
}
