package io.crmkit.jpa.internal;

import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentKind;
import io.crmkit.core.shared.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_segment}: a {@link Segment} definition, keyed by tenant and segment key,
 * with a column per field. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_segment")
@IdClass(RowKey.class)
public class SegmentRow implements VersionedRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "segment_key")
  String id = "";

  /** crm-core's version: 1 at insert, one more on every save; set by the repository. */
  @Column(name = "version")
  long version;

  /** The provider's optimistic lock (see {@link CustomerRow#lockVersion}). */
  @Version
  @Column(name = "lock_version")
  long lockVersion;

  @Column(name = "name")
  String name = "";

  @Column(name = "kind")
  String kind = "";

  @Column(name = "rule_ref")
  @Nullable String ruleRef;

  @Column(name = "computed_as_of_us")
  @Nullable Long computedAsOf;

  @Column(name = "marketing_list")
  boolean marketingList;

  /** For the provider. */
  protected SegmentRow() {}

  SegmentRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  /** Writes every column of the segment, except the key; the version becomes one more. */
  void write(Segment s) {
    version = s.version() + 1;
    name = s.name();
    kind = s.kind().name();
    ruleRef = s.ruleRef();
    computedAsOf = Micros.ofNullable("computedAsOf", s.computedAsOf());
    marketingList = s.marketingList();
  }

  /** Returns the segment the row holds. */
  Segment read() {
    return new Segment(
        TenantId.of(tenant),
        SegmentKey.of(id),
        version,
        name,
        SegmentKind.valueOf(kind),
        ruleRef,
        Micros.instantOrNull(computedAsOf),
        marketingList);
  }

  @Override
  public String describe() {
    return "segment " + id;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
