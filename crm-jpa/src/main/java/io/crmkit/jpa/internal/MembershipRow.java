package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.OptIn;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.shared.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of {@code crm_segment_membership}: a {@link MembershipSnapshot}, keyed by tenant, segment
 * and customer. The stays are a {@link MemberTexts#periods} text; what {@link
 * io.crmkit.core.segment.MembershipQuery} filters on besides the key has a column of its own:
 * whether the customer is a member now ({@code current_member}, derived from the stays on every
 * save) and the opt-in. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_segment_membership")
@IdClass(MembershipRowKey.class)
public class MembershipRow extends VersionColumns<MembershipRowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "segment_key")
  String segment = "";

  @Id
  @Column(name = "customer_id")
  String customer = "";

  @Column(name = "current_member")
  boolean currentMember;

  @Column(name = "opt_in")
  String optIn = "";

  @Column(name = "periods")
  String periods = "";

  /** For the provider. */
  protected MembershipRow() {}

  MembershipRow(MembershipRowKey key) {
    this.tenant = key.tenant;
    this.segment = key.segment;
    this.customer = key.customer;
  }

  /** Writes every column of the snapshot, except the key; the version becomes one more. */
  void write(MembershipSnapshot s) {
    version = s.version() + 1;
    currentMember = s.isMember();
    optIn = s.optIn().name();
    periods = MemberTexts.periods(s.periods());
  }

  /** Returns the snapshot the row holds. */
  MembershipSnapshot read() {
    return new MembershipSnapshot(
        TenantId.of(tenant),
        new MembershipKey(SegmentKey.of(segment), CustomerId.parse(customer)),
        version,
        MemberTexts.periods(periods),
        OptIn.valueOf(optIn));
  }

  @Override
  public String describe() {
    return "membership " + segment + "/" + customer;
  }

  @Override
  public MembershipRowKey key() {
    return new MembershipRowKey(tenant, segment, customer);
  }
}
