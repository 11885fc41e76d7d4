package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.MANAGER;
import static io.crmkit.core.activity.Histories.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class InteractionTest {
  private static final Instant AT = Instant.parse("2024-06-30T23:30:00.123456789Z");

  @Test
  void of_keepsMicrosecondsAndTheUtcDay() {
    Interaction visit = Interaction.of(TENANT, CUSTOMER, InteractionType.VISIT, AT, MANAGER);

    assertThat(visit.occurredAt()).isEqualTo(Instant.parse("2024-06-30T23:30:00.123456Z"));
    assertThat(visit.day()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(visit.by()).isEqualTo(MANAGER);
  }

  @Test
  void withMethods_setContactOutcomeAndNextDay() {
    ContactId liNa = ContactId.of(new UUID(3, 4));
    Interaction visit =
        Interaction.of(TENANT, CUSTOMER, InteractionType.VISIT, AT, MANAGER)
            .with(liNa)
            .withOutcome(" 同意试用 ")
            .nextContactOn(LocalDate.of(2024, 7, 15));

    assertThat(visit.contact()).isEqualTo(liNa);
    assertThat(visit.outcome()).isEqualTo("同意试用");
    assertThat(visit.nextContactOn()).isEqualTo(LocalDate.of(2024, 7, 15));
    assertThat(visit.type()).isEqualTo(InteractionType.VISIT);
  }

  @Test
  void nextContactOn_theUtcDayBefore_isAcceptedForHostsAheadOfUtc_twoDaysBefore_isNot() {
    Interaction call = Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, AT, MANAGER);

    assertThat(call.nextContactOn(LocalDate.of(2024, 6, 29)).nextContactOn())
        .isEqualTo(LocalDate.of(2024, 6, 29));
    assertThatThrownBy(() -> call.nextContactOn(LocalDate.of(2024, 6, 28)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("nextContactOn");
              assertThat(e.errors().get(0).rule()).isEqualTo("must not be before the interaction");
            });
  }

  @Test
  void new_tooLongOutcomeAndEarlyNextDay_listsBoth() {
    assertThatThrownBy(
            () ->
                new Interaction(
                    TENANT,
                    CUSTOMER,
                    null,
                    InteractionType.MEETING,
                    AT,
                    MANAGER,
                    "x".repeat(Interaction.MAX_OUTCOME + 1),
                    LocalDate.of(2020, 1, 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("nextContactOn", "outcome"));
  }

  @Test
  void new_firstRepresentableDay_comparesTheNextDayWithoutOverflow() {
    Instant first = LocalDate.MIN.atStartOfDay().toInstant(ZoneOffset.UTC);
    Interaction call = Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, first, MANAGER);

    assertThat(call.nextContactOn(LocalDate.MIN).nextContactOn()).isEqualTo(LocalDate.MIN);
    assertThat(call.nextContactOn(LocalDate.MAX).nextContactOn()).isEqualTo(LocalDate.MAX);
    Instant last = LocalDate.MAX.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    assertThatThrownBy(
            () ->
                Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, last, MANAGER)
                    .nextContactOn(LocalDate.MIN))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Interaction.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Interaction.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(
            Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, AT, MANAGER));
  }

  @Test
  void new_anyInstantDayAndOutcome_givesInteractionOrValidation() {
    qt().forAll(
            HostileInput.instants(),
            HostileInput.dates(),
            HostileInput.texts(),
            Generate.enumValues(InteractionType.class))
        .checkAssert(
            (at, next, outcome, type) ->
                validOrRejected(
                        "nextContactOn|outcome",
                        () ->
                            new Interaction(
                                TENANT, CUSTOMER, null, type, at, MANAGER, outcome, next))
                    .ifPresent(
                        interaction -> {
                          assertThat(interaction.occurredAt().getNano() % 1000).isZero();
                          assertThat(interaction.day())
                              .isEqualTo(
                                  LocalDate.ofInstant(interaction.occurredAt(), ZoneOffset.UTC));
                          assertThat(interaction.nextContactOn().toEpochDay())
                              .isGreaterThanOrEqualTo(interaction.day().toEpochDay() - 1);
                        }));
  }
}
