package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class UuidsTest {
  private static final UUID ZEROS = UUID.fromString("00000000-0000-0000-0000-000000000000");
  private static final UUID ONES = UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff");
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Test
  void compare_ordersAsUnsignedBytes_unlikeUuidCompareTo() {
    assertThat(Uuids.compare(ONES, ZEROS)).isPositive();
    assertThat(Uuids.compare(ZEROS, ONES)).isNegative();
    assertThat(ONES.compareTo(ZEROS)).isNegative();
    assertThat(Uuids.compare(ONES, ONES)).isZero();
  }

  @Test
  void compare_highBitOfEitherHalf_sortsLast() {
    UUID highMost = UUID.fromString("80000000-0000-0000-0000-000000000000");
    UUID belowHighMost = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
    UUID highLeast = UUID.fromString("00000000-0000-0000-8000-000000000000");
    UUID belowHighLeast = UUID.fromString("00000000-0000-0000-7fff-ffffffffffff");

    assertThat(Uuids.compare(highMost, belowHighMost)).isPositive();
    assertThat(Uuids.compare(highLeast, belowHighLeast)).isPositive();
  }

  @Test
  void compare_agreesWithTheCanonicalTextOrder() {
    qt().forAll(uuids(), uuids())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(Uuids.compare(a, b)))
                  .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())))
                  .isEqualTo(-Integer.signum(Uuids.compare(b, a)));
              assertThat(Uuids.compare(a, b) == 0).isEqualTo(a.equals(b));
            });
  }

  @Test
  void typedIds_sortAsUnsignedBytes() {
    List<CustomerId> customers =
        new ArrayList<>(List.of(CustomerId.of(ONES), CustomerId.of(ZEROS)));
    List<ContactId> contacts = new ArrayList<>(List.of(ContactId.of(ONES), ContactId.of(ZEROS)));
    List<ActivityId> activities =
        new ArrayList<>(List.of(ActivityId.of(ONES), ActivityId.of(ZEROS)));
    customers.sort(null);
    contacts.sort(null);
    activities.sort(null);

    assertThat(customers).containsExactly(CustomerId.of(ZEROS), CustomerId.of(ONES));
    assertThat(contacts).containsExactly(ContactId.of(ZEROS), ContactId.of(ONES));
    assertThat(activities).containsExactly(ActivityId.of(ZEROS), ActivityId.of(ONES));
  }

  @Test
  void parse_canonicalText_inEitherCase() {
    assertThat(Uuids.parse("id", "123e4567-e89b-12d3-a456-426614174000"))
        .isEqualTo(new UUID(0x123e4567e89b12d3L, 0xa456426614174000L));
    assertThat(Uuids.parse("id", "ABCDEFAB-FFFF-FFFF-FFFF-FFFFFFFFFFFF"))
        .isEqualTo(UUID.fromString("abcdefab-ffff-ffff-ffff-ffffffffffff"));
    assertThat(CustomerId.parse(ONES.toString()).value()).isEqualTo(ONES);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "123e4567e89b12d3a456426614174000",
        "123e4567-e89b-12d3-a456-42661417400",
        "123e4567-e89b-12d3-a456-4266141740000",
        "{23e4567-e89b-12d3-a456-426614174000",
        "g23e4567-e89b-12d3-a456-426614174000",
        "123e4567-e89b-12d3-a456_426614174000",
        "123e45678e89b-12d3-a456-42661417400",
        "+23e4567-e89b-12d3-a456-426614174000",
        "-23e4567-e89b-12d3-a456-426614174000",
        "123e4567-+89b-12d3-a456-426614174000",
        "123e4567-e89b-12d3-a456-+26614174000",
        " 23e4567-e89b-12d3-a456-426614174000"
      })
  void parse_notCanonical_throwsValidationNamingTheField(String text) {
    assertThatThrownBy(() -> Uuids.parse("customerId", text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("customerId");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(text);
            });
  }

  @Test
  void typedIdParse_namesItsField() {
    assertThatThrownBy(() -> CustomerId.parse("x"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("customerId"));
    assertThatThrownBy(() -> ContactId.parse("x"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("contactId"));
    assertThatThrownBy(() -> ActivityId.parse("x"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("activityId"));
  }

  @Test
  void parse_acceptsExactlyTheCanonicalForm() {
    Gen<String> almostUuids =
        strings()
            .betweenCodePoints('+', 'g')
            .ofLength(36)
            .mix(uuids().map(UUID::toString).map(s -> s.toUpperCase(Locale.ROOT)))
            .mix(
                uuids()
                    .map(UUID::toString)
                    .zip(
                        Generate.range(0, 35),
                        Generate.pick(List.of('+', '-', 'g', 'F', '0', ' ')),
                        (s, i, c) -> s.substring(0, i) + c + s.substring(i + 1)));
    qt().forAll(almostUuids)
        .checkAssert(
            text -> {
              if (CANONICAL.matcher(text).matches()) {
                assertThat(Uuids.parse("id", text)).hasToString(text.toLowerCase(Locale.ROOT));
              } else {
                assertThatThrownBy(() -> Uuids.parse("id", text))
                    .isInstanceOf(ValidationException.class);
              }
            });
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Uuids.class);
    for (Class<?> id : List.of(CustomerId.class, ContactId.class, ActivityId.class)) {
      NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(id);
      NullPointerTesters.withDomainDefaults().testAllPublicConstructors(id);
    }
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(CustomerId.of(ONES));
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(ContactId.of(ONES));
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(ActivityId.of(ONES));
  }

  private static Gen<UUID> uuids() {
    Gen<Long> halves =
        longs().all().mix(Generate.pick(List.of(0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L)));
    return halves.zip(halves, UUID::new);
  }
}
