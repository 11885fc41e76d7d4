package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ownership.Access;
import io.crmkit.core.ownership.DepartmentRef;
import io.crmkit.core.ownership.TeamMember;
import io.crmkit.core.ownership.TeamRole;
import io.crmkit.core.segment.MembershipPeriod;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTextsTest {

  @Test
  void codes_withBarsPercentsAndEmoji_readBackEqualInOrder() {
    List<DepartmentRef> departments =
        List.of(DepartmentRef.of("华东|销售 100%"), DepartmentRef.of("key-accounts 😀"));

    String text = MemberTexts.codes(departments, DepartmentRef::code);

    assertThat(MemberTexts.codes(text, DepartmentRef::of))
        .containsExactlyElementsOf(departments)
        .isInstanceOf(Set.class);
    assertThat(MemberTexts.codes("", UserRef::of)).isEmpty();
  }

  @Test
  void team_withAndWithoutExpiryBeforeAndAfterTheEpoch_readsBackEqual() {
    List<TeamMember> team =
        List.of(
            new TeamMember(
                UserRef.of("王芳|co"),
                TeamRole.CO_FOLLOWER,
                Access.READ_WRITE,
                Instant.parse("1969-12-31T23:59:59.999999Z")),
            TeamMember.of(UserRef.of("售后𠮷"), TeamRole.AFTER_SALES, Access.READ),
            new TeamMember(
                UserRef.of("j.smith"),
                TeamRole.MEMBER,
                Access.READ,
                Instant.parse("2031-07-01T08:00:00.000001Z")));

    assertThat(MemberTexts.team(MemberTexts.team(team))).isEqualTo(team);
  }

  @Test
  void periods_closedAndOpenStays_readBackEqualInOrder() {
    List<MembershipPeriod> periods =
        List.of(
            new MembershipPeriod(
                Instant.parse("2024-01-01T00:00:00.000001Z"),
                Instant.parse("2024-02-01T00:00:00Z"),
                UserRef.of("job:nightly")),
            new MembershipPeriod(
                Instant.parse("2024-03-01T00:00:00Z"), null, UserRef.of("王芳 100%")));

    assertThat(MemberTexts.periods(MemberTexts.periods(periods))).isEqualTo(periods);
  }

  @Test
  void team_recordOfAnotherKind_isRefused() {
    String codes = MemberTexts.codes(List.of("li.na"), c -> c);

    assertThatThrownBy(() -> MemberTexts.team(codes)).isInstanceOf(IllegalArgumentException.class);
  }
}
