package io.crmkit.jpa.internal;

import io.crmkit.core.ownership.Access;
import io.crmkit.core.ownership.TeamMember;
import io.crmkit.core.ownership.TeamRole;
import io.crmkit.core.segment.MembershipPeriod;
import io.crmkit.core.shared.UserRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link TextRecords} forms of who belongs where, kept in one column each because they are read
 * whole with their row and never filtered on: a set of codes (a pool's member users, departments,
 * administrators) is one {@code C|code} record per code; an account team is one {@code
 * M|user|role|access|expiresAt} record per member; a customer's stays in a segment are one {@code
 * P|entered|left|addedBy} record per stay, oldest first. Roles and access levels are enum names;
 * instants are decimal microseconds since the epoch ({@link Micros}), {@code %N} when absent.
 */
final class MemberTexts {
  private MemberTexts() {}

  static <T> String codes(Collection<T> values, Function<T, String> code) {
    List<List<@Nullable String>> records = new ArrayList<>(values.size());
    values.forEach(v -> records.add(ValueTexts.fields("C", code.apply(v))));
    return TextRecords.encode(records);
  }

  static <T> Set<T> codes(String text, Function<String, T> parse) {
    Set<T> codes = new LinkedHashSet<>();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      ValueTexts.require(f, "C", 2);
      codes.add(parse.apply(ValueTexts.nonNull(f.get(1))));
    }
    return codes;
  }

  static String team(List<TeamMember> team) {
    List<List<@Nullable String>> records = new ArrayList<>(team.size());
    for (TeamMember m : team) {
      records.add(
          ValueTexts.fields(
              "M",
              m.user().value(),
              m.role().name(),
              m.access().name(),
              micros("team.expiresAt", m.expiresAt())));
    }
    return TextRecords.encode(records);
  }

  static List<TeamMember> team(String text) {
    List<TeamMember> team = new ArrayList<>();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      ValueTexts.require(f, "M", 5);
      team.add(
          new TeamMember(
              UserRef.of(ValueTexts.nonNull(f.get(1))),
              TeamRole.valueOf(ValueTexts.nonNull(f.get(2))),
              Access.valueOf(ValueTexts.nonNull(f.get(3))),
              Micros.instantOrNull(parse(f.get(4)))));
    }
    return team;
  }

  static String periods(List<MembershipPeriod> periods) {
    List<List<@Nullable String>> records = new ArrayList<>(periods.size());
    for (MembershipPeriod p : periods) {
      records.add(
          ValueTexts.fields(
              "P",
              micros("periods.entered", p.entered()),
              micros("periods.left", p.left()),
              p.addedBy().value()));
    }
    return TextRecords.encode(records);
  }

  static List<MembershipPeriod> periods(String text) {
    List<MembershipPeriod> periods = new ArrayList<>();
    for (List<@Nullable String> f : TextRecords.decode(text)) {
      ValueTexts.require(f, "P", 4);
      periods.add(
          new MembershipPeriod(
              Micros.instant(Long.parseLong(ValueTexts.nonNull(f.get(1)))),
              Micros.instantOrNull(parse(f.get(2))),
              UserRef.of(ValueTexts.nonNull(f.get(3)))));
    }
    return periods;
  }

  private static @Nullable String micros(String field, java.time.@Nullable Instant instant) {
    Long micros = Micros.ofNullable(field, instant);
    return micros == null ? null : micros.toString();
  }

  private static @Nullable Long parse(@Nullable String micros) {
    return micros == null ? null : Long.valueOf(micros);
  }
}
