package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MicrosTest {

  @Test
  void of_instantsAroundTheEpoch_roundTripToTheMicrosecond() {
    for (String text :
        new String[] {
          "1969-12-31T23:59:59.999999Z",
          "1970-01-01T00:00:00Z",
          "2024-03-15T08:30:00.123456Z",
          "0001-01-01T00:00:00.000001Z",
          "9999-12-31T23:59:59.999999Z"
        }) {
      Instant instant = Instant.parse(text);
      assertThat(Micros.instant(Micros.of("at", instant))).as(text).isEqualTo(instant);
    }
    assertThat(Micros.of("at", Instant.parse("1970-01-01T00:00:00.000001Z"))).isEqualTo(1);
    assertThat(Micros.of("at", Instant.parse("1969-12-31T23:59:59.999999Z"))).isEqualTo(-1);
  }

  @Test
  void of_instantBeyondALongOfMicroseconds_isAValidationExceptionNamingTheField() {
    assertThatThrownBy(() -> Micros.of("deletedAt", Instant.MAX))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> assertThat(((ValidationException) e).fields()).containsExactly("deletedAt"));
  }
}
