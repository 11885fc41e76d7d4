package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.MANAGER;
import static io.crmkit.core.activity.Histories.SUBSIDIARY;
import static io.crmkit.core.activity.Histories.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActivityQueryTest {
  private static final Instant RECORDED = Instant.parse("2024-07-01T08:00:00.123456789Z");
  private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

  private static RecordedActivity recorded(Activity activity) {
    return new RecordedActivity(ActivityId.of(new UUID(7, 7)), RECORDED, activity);
  }

  private static final RecordedActivity ORDER =
      recorded(Order.of(TENANT, CUSTOMER, Money.of("1", "CNY"), DAY));

  @Test
  void kindOf_namesEachKind() {
    assertThat(ActivityKind.of(ORDER.activity())).isEqualTo(ActivityKind.ORDER);
    assertThat(ActivityKind.of(Contract.of(TENANT, CUSTOMER, DAY, DAY, Money.of("1", "CNY"))))
        .isEqualTo(ActivityKind.CONTRACT);
    assertThat(
            ActivityKind.of(
                Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, RECORDED, MANAGER)))
        .isEqualTo(ActivityKind.INTERACTION);
    assertThat(ActivityKind.of(Feedback.nps(TENANT, CUSTOMER, 9, FeedbackChannel.WEB, RECORDED)))
        .isEqualTo(ActivityKind.FEEDBACK);
  }

  @Test
  void recordedActivity_truncatesToMicrosecondsAndDelegatesTenantAndCustomer() {
    assertThat(ORDER.recordedAt()).isEqualTo(Instant.parse("2024-07-01T08:00:00.123456Z"));
    assertThat(ORDER.tenant()).isEqualTo(TENANT);
    assertThat(ORDER.customer()).isEqualTo(CUSTOMER);
  }

  @Test
  void matches_tenantCustomerKindAndRecordingTime() {
    assertThat(ActivityQuery.in(TENANT).matches(ORDER)).isTrue();
    assertThat(ActivityQuery.in(TenantId.of("other")).matches(ORDER)).isFalse();
    assertThat(ActivityQuery.of(TENANT, CUSTOMER).matches(ORDER)).isTrue();
    assertThat(ActivityQuery.of(TENANT, SUBSIDIARY).matches(ORDER)).isFalse();
    assertThat(ActivityQuery.in(TENANT).kind(ActivityKind.ORDER).matches(ORDER)).isTrue();
    assertThat(ActivityQuery.in(TENANT).kind(ActivityKind.CONTRACT).matches(ORDER)).isFalse();
    assertThat(ActivityQuery.in(TENANT).recordedSince(ORDER.recordedAt()).matches(ORDER)).isTrue();
    assertThat(
            ActivityQuery.in(TENANT)
                .recordedSince(ORDER.recordedAt().plusNanos(1000))
                .matches(ORDER))
        .isFalse();
    assertThat(
            ActivityQuery.of(TENANT, CUSTOMER)
                .kind(ActivityKind.ORDER)
                .recordedSince(RECORDED.minusSeconds(1))
                .matches(ORDER))
        .isTrue();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(ActivityQuery.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(ActivityQuery.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(ActivityQuery.in(TENANT));
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(ActivityKind.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(RecordedActivity.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(ORDER);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(ActivityRecorded.class);
  }
}
