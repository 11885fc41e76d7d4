package io.crmkit.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobIdTest {

  @Test
  void of_stripsAndKeepsCase() {
    assertThat(JobId.of("  Retier-2026-03 ").code()).isEqualTo("Retier-2026-03");
    assertThat(JobId.of("每月重新分级")).hasToString("每月重新分级");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "a\nb"})
  void of_blankOrControl_throwsValidationNamingJobIdAndValue(String code) {
    assertThatThrownBy(() -> JobId.of(code))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("jobId");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(code);
            });
  }

  @Test
  void of_tooLong_throwsValidation() {
    assertThatThrownBy(() -> JobId.of("j".repeat(65)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 64");
  }

  @Test
  void equalsAndOrder_followTheCode() {
    new EqualsTester()
        .addEqualityGroup(JobId.of("a"), JobId.of(" a"))
        .addEqualityGroup(JobId.of("b"))
        .testEquals();
    assertThat(JobId.of("a")).isLessThan(JobId.of("b"));
  }

  @Test
  void batchJob_blankName_throwsValidationNamingName() {
    assertThatThrownBy(() -> BatchJob.of(" ", (t, c) -> false))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("name"));
    assertThatThrownBy(() -> BatchJob.of("x", null)).isInstanceOf(NullPointerException.class);
  }
}
