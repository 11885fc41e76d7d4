package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FeedbackTest {
  private static final Instant AT = Instant.parse("2024-06-30T23:59:59.999999999Z");

  @Test
  void satisfactionAndNps_keepTheScoreMicrosecondsAndUtcDay() {
    Feedback satisfied = Feedback.satisfaction(TENANT, CUSTOMER, 5, FeedbackChannel.SURVEY, AT);
    Feedback promoter = Feedback.nps(TENANT, CUSTOMER, 10, FeedbackChannel.WEB, AT);

    assertThat(satisfied.satisfaction()).isEqualTo(5);
    assertThat(satisfied.nps()).isNull();
    assertThat(promoter.nps()).isEqualTo(10);
    assertThat(promoter.receivedAt()).isEqualTo(Instant.parse("2024-06-30T23:59:59.999999Z"));
    assertThat(promoter.day()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void withCommentAndFrom_keepTheScores() {
    ContactId liNa = ContactId.of(new UUID(5, 6));
    Feedback feedback =
        Feedback.satisfaction(TENANT, CUSTOMER, 4, FeedbackChannel.PHONE, AT)
            .withComment(" 交期准时 ")
            .from(liNa);

    assertThat(feedback.comment()).isEqualTo("交期准时");
    assertThat(feedback.contact()).isEqualTo(liNa);
    assertThat(feedback.satisfaction()).isEqualTo(4);
  }

  @Test
  void new_noScore_throwsValidation() {
    assertThatThrownBy(
            () -> new Feedback(TENANT, CUSTOMER, null, null, null, "ok", FeedbackChannel.EMAIL, AT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("satisfaction", null, "or nps is required")));
  }

  @Test
  void new_scoresOutOfRangeAndTooLongComment_listsAll() {
    assertThatThrownBy(
            () ->
                new Feedback(
                    TENANT,
                    CUSTOMER,
                    null,
                    6,
                    11,
                    "x".repeat(Feedback.MAX_COMMENT + 1),
                    FeedbackChannel.EMAIL,
                    AT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("satisfaction", "nps", "comment"));
    assertThatThrownBy(() -> Feedback.satisfaction(TENANT, CUSTOMER, 0, FeedbackChannel.EMAIL, AT))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Feedback.nps(TENANT, CUSTOMER, -1, FeedbackChannel.EMAIL, AT))
        .isInstanceOf(ValidationException.class);
    assertThat(Feedback.nps(TENANT, CUSTOMER, 0, FeedbackChannel.EMAIL, AT).nps()).isZero();
    assertThat(Feedback.satisfaction(TENANT, CUSTOMER, 1, FeedbackChannel.EMAIL, AT).satisfaction())
        .isEqualTo(1);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Feedback.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Feedback.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(
            Feedback.nps(TENANT, CUSTOMER, 9, FeedbackChannel.SURVEY, AT));
  }

  @Test
  void new_anyScoresCommentAndInstant_givesFeedbackOrValidation() {
    Gen<Integer> score =
        Generate.frequency(
            Pair.of(1, Generate.constant((Integer) null)), Pair.of(3, HostileInput.ints()));
    qt().forAll(score, score, HostileInput.texts(), HostileInput.instants())
        .checkAssert(
            (satisfaction, nps, comment, at) ->
                validOrRejected(
                        "satisfaction|nps|comment",
                        () ->
                            new Feedback(
                                TENANT,
                                CUSTOMER,
                                null,
                                satisfaction,
                                nps,
                                comment,
                                FeedbackChannel.OTHER,
                                at))
                    .ifPresent(
                        feedback -> {
                          assertThat(feedback.satisfaction() != null || feedback.nps() != null)
                              .isTrue();
                          if (feedback.satisfaction() != null) {
                            assertThat(feedback.satisfaction()).isBetween(1, 5);
                          }
                          if (feedback.nps() != null) {
                            assertThat(feedback.nps()).isBetween(0, 10);
                          }
                          assertThat(feedback.receivedAt().getNano() % 1000).isZero();
                        }));
  }
}
