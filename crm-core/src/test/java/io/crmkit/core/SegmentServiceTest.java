package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.OptIn;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentEntered;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentLeft;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentServiceTest {
  private static final SegmentKey VIP_LIST = SegmentKey.of("vip-newsletter");
  private static final SegmentKey CHAMPIONS = SegmentKey.of("champions");
  private static final UserRef BY = UserRef.of("marketing.chen");
  private final KitFixture f = new KitFixture();
  private final CustomerId a =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "甲公司"));
  private final CustomerId b =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "乙公司"));
  private final CustomerId c =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "丙公司"));

  @Test
  void staticSegment_addRemoveAndOptIn_keepHistory() {
    f.crm.segments().define(Segment.staticSegment(f.tenant, VIP_LIST, "VIP newsletter", true));

    assertThat(f.crm.segments().add(f.tenant, VIP_LIST, a, BY)).isTrue();
    assertThat(f.crm.segments().add(f.tenant, VIP_LIST, a, BY)).isFalse();
    f.crm.segments().recordOptIn(f.tenant, VIP_LIST, a, OptIn.OPTED_IN);
    f.crm.segments().add(f.tenant, VIP_LIST, b, BY);
    assertThat(f.crm.segments().remove(f.tenant, VIP_LIST, b)).isTrue();

    assertThat(f.crm.segments().count(MembershipQuery.membersOf(f.tenant, VIP_LIST))).isEqualTo(1);
    assertThat(
            f.crm
                .segments()
                .count(MembershipQuery.membersOf(f.tenant, VIP_LIST).optIn(OptIn.OPTED_IN)))
        .isEqualTo(1);
    SegmentMembership former = f.crm.segments().membership(f.tenant, VIP_LIST, b).orElseThrow();
    assertThat(former.isMember()).isFalse();
    assertThat(former.periods())
        .singleElement()
        .satisfies(p -> assertThat(p.left()).isEqualTo(KitFixture.NOW));
    assertThat(f.events(SegmentEntered.class)).hasSize(2);
    assertThat(f.events(SegmentLeft.class)).hasSize(1);
  }

  @Test
  void dynamicSegment_applyComputed_recordsOnlyRealEntriesAndExits() {
    f.crm.segments().define(Segment.dynamic(f.tenant, CHAMPIONS, "Champions", "rfm-champions"));
    Instant monday = KitFixture.NOW;
    Instant tuesday = monday.plus(Duration.ofDays(1));

    assertThat(f.crm.segments().applyComputed(f.tenant, CHAMPIONS, Set.of(a, b), monday, BY))
        .isEqualTo(new SegmentService.MembershipChange(2, 0));
    f.events.clear();
    assertThat(f.crm.segments().applyComputed(f.tenant, CHAMPIONS, Set.of(b, c), tuesday, BY))
        .isEqualTo(new SegmentService.MembershipChange(1, 1));

    assertThat(f.events(SegmentEntered.class))
        .extracting(e -> e.key().customer())
        .containsExactly(c);
    assertThat(f.events(SegmentLeft.class)).extracting(e -> e.key().customer()).containsExactly(a);
    assertThat(f.crm.segments().segment(f.tenant, CHAMPIONS).orElseThrow().computedAsOf())
        .isEqualTo(tuesday);
    SegmentMembership formerChampion =
        f.crm.segments().membership(f.tenant, CHAMPIONS, a).orElseThrow();
    assertThat(formerChampion.wasMemberAt(monday)).isTrue();
    assertThat(formerChampion.wasMemberAt(tuesday)).isFalse();
    assertThat(
            f.crm
                .segments()
                .find(MembershipQuery.membersOf(f.tenant, CHAMPIONS), PageRequest.first(10))
                .items())
        .extracting(m -> m.key().customer())
        .containsExactlyInAnyOrder(b, c);
  }

  @Test
  void kindMismatch_isRefused() {
    f.crm.segments().define(Segment.dynamic(f.tenant, CHAMPIONS, "Champions", "rfm-champions"));
    f.crm.segments().define(Segment.staticSegment(f.tenant, VIP_LIST, "VIP", false));

    assertThatThrownBy(() -> f.crm.segments().add(f.tenant, CHAMPIONS, a, BY))
        .isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(
            () -> f.crm.segments().applyComputed(f.tenant, VIP_LIST, Set.of(a), KitFixture.NOW, BY))
        .isInstanceOf(InvalidTransitionException.class);
    assertThatThrownBy(() -> Segment.dynamic(f.tenant, CHAMPIONS, " ", "x").kind())
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("name"));
  }

  @Test
  void purge_forgetsMemberships() {
    f.crm.segments().define(Segment.staticSegment(f.tenant, VIP_LIST, "VIP", false));
    f.crm.segments().add(f.tenant, VIP_LIST, a, BY);
    f.crm.customers().purge(f.tenant, a);
    assertThat(f.crm.segments().membership(f.tenant, VIP_LIST, a)).isEmpty();
  }

  @Test
  void membershipKey_roundTripsThroughText() {
    MembershipKey key = new MembershipKey(SegmentKey.of("华东/重点"), a);
    assertThat(MembershipKey.parse(key.toString())).isEqualTo(key);
    assertThatThrownBy(() -> MembershipKey.parse("nonsense"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void snapshot_overlappingStays_throwsValidation() {
    var stays =
        java.util.List.of(
            new io.crmkit.core.segment.MembershipPeriod(KitFixture.NOW, null, BY),
            new io.crmkit.core.segment.MembershipPeriod(KitFixture.NOW.plusSeconds(5), null, BY));
    assertThatThrownBy(
            () ->
                new MembershipSnapshot(
                    f.tenant, new MembershipKey(VIP_LIST, a), 1, stays, OptIn.UNKNOWN))
        .isInstanceOf(ValidationException.class);
  }
}
