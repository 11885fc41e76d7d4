package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void throwIfAny_nothingFound_doesNotThrow() {
    Problems problems = Problems.create().check(true, "a", "x", "must be fine");

    assertThat(problems.isEmpty()).isTrue();
    problems.throwIfAny();
  }

  @Test
  void throwIfAny_listsEveryProblemInOrder() {
    Problems problems =
        Problems.create()
            .check(false, "b", 2, "must be odd")
            .add("a", null, "is required")
            .check(true, "c", 3, "never recorded");

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("b", "2", "must be odd"),
                        new FieldError("a", null, "is required")));
  }

  @Test
  void require_absentValue_throwsNullPointerNamingTheField() {
    Problems problems = Problems.create();

    assertThat(problems.require("x", "name")).isTrue();
    assertThatThrownBy(() -> problems.require(null, "name"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name is required");
  }

  @Test
  void text_optionalAbsentOrBlank_isAbsentWithoutProblem() {
    Problems problems = Problems.create();

    assertThat(problems.text("title", null, 10, false)).isNull();
    assertThat(problems.text("title", " \t ", 10, false)).isNull();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void text_requiredAbsent_throwsNullPointer_requiredBlank_isAProblem() {
    Problems problems = Problems.create();

    assertThatThrownBy(() -> problems.text("given", null, 10, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("given is required");
    assertThat(problems.text("given", " ", 10, true)).isNull();
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("given", " ", "must not be blank")));
  }

  @Test
  void text_stripsAndComposesAndCountsCodePoints() {
    Problems problems = Problems.create();

    assertThat(problems.text("t", " cafe\u0301 ", 4, true)).isEqualTo("caf\u00E9");
    assertThat(problems.text("t", "e\u0301".repeat(3), 3, true)).isEqualTo("\u00E9".repeat(3));
    assertThat(problems.text("t", "\uD83D\uDE00".repeat(3), 3, true)).hasSize(6);
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void text_tooLongAndForbidden_recordsBothWithAbbreviatedValue() {
    Problems problems = Problems.create();
    String raw = "x".repeat(100) + "\u0000";

    assertThat(problems.text("outcome", raw, 50, false)).isNull();

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::rule)
                  .containsExactly(
                      "must be at most 50 characters", "must not contain control characters");
              assertThat(e.errors())
                  .extracting(FieldError::rejectedValue)
                  .containsOnly("x".repeat(77) + "...");
            });
  }

  @Test
  void text_loneSurrogatesAndNonCharacters_areForbidden() {
    for (String raw : List.of("a\uD800", "\uDC00b", "a\uFFFE", "a\uFFFF", "a\u0085", "a\u009F")) {
      Problems problems = Problems.create();
      assertThat(problems.text("t", raw, 10, true)).as(raw).isNull();
      assertThat(problems.isEmpty()).isFalse();
    }
    assertThat(Problems.create().text("t", "\uD83D\uDE00\uFFFD", 10, true))
        .isEqualTo("\uD83D\uDE00\uFFFD");
  }

  @Test
  void value_recordsTheFactoryErrorsUnderTheField() {
    Problems problems = Problems.create();

    Object value =
        problems.value(
            "tags[2]",
            () -> {
              throw ValidationException.of("tag", " ", "must not be blank");
            });

    assertThat(value).isNull();
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("tags[2]", " ", "must not be blank")));
  }

  @Test
  void nested_prefixesTheFactoryFieldPaths() {
    Problems problems = Problems.create();

    assertThat(problems.nested("contactPoints[1]", () -> "ok")).isEqualTo("ok");
    Object failed =
        problems.nested(
            "contactPoints[1]",
            () -> {
              throw ValidationException.of("phone", "1", "must be a valid phone number");
            });

    assertThat(failed).isNull();
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("contactPoints[1].phone"));
  }

  @Test
  void valueAndNested_otherExceptions_propagate() {
    Problems problems = Problems.create();

    assertThatThrownBy(
            () ->
                problems.value(
                    "a",
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                problems.nested(
                    "a",
                    () -> {
                      throw new NullPointerException("x");
                    }))
        .isInstanceOf(NullPointerException.class);
    assertThat(problems.isEmpty()).isTrue();
  }
}
