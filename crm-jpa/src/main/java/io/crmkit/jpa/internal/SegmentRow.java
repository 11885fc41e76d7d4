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
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_segment}: a {@link Segment} definition, keyed by tenant and segment key,
 * with a column per field. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_segment")
@IdClass(RowKey.class)
public class SegmentRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "segment_key")
  String id = "";

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
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
