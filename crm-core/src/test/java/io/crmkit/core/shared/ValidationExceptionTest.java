package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void new_rendersEveryErrorInOrder() {
    List<FieldError> errors = new ArrayList<>();
    errors.add(new FieldError("name", " ", "must not be blank"));
    errors.add(new FieldError("tags[2]", null, "must not be blank"));

    ValidationException e = new ValidationException(errors);
    errors.clear();

    assertThat(e.getMessage())
        .isEqualTo("name must not be blank but was ' '; tags[2] must not be blank but was absent");
    assertThat(e.fields()).containsExactly("name", "tags[2]");
    assertThat(e.errors()).hasSize(2);
    assertThat(e.code()).isEqualTo(CrmErrorCode.VALIDATION_FAILED);
  }

  @Test
  void new_noErrors_throwsIllegalArgument() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_rendersTheValueAsText() {
    ValidationException e = ValidationException.of("size", 0, "must be between 1 and 1000");

    assertThat(e.errors())
        .containsExactly(new FieldError("size", "0", "must be between 1 and 1000"));
    assertThat(e).hasMessage("size must be between 1 and 1000 but was '0'");
  }

  @Test
  void under_prefixesTheFieldPath() {
    FieldError error = new FieldError("phone", "123", "must be a valid phone number");

    assertThat(error.under("contactPoints[0]").field()).isEqualTo("contactPoints[0].phone");
    assertThat(error.under("")).isEqualTo(error);
  }

  @Test
  void fieldErrorEquals_comparesAllParts() {
    new EqualsTester()
        .addEqualityGroup(new FieldError("a", "1", "r"), new FieldError("a", "1", "r"))
        .addEqualityGroup(new FieldError("a", null, "r"))
        .addEqualityGroup(new FieldError("b", "1", "r"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(ValidationException.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(ValidationException.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(FieldError.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new FieldError("a", null, "r"));
  }
}
