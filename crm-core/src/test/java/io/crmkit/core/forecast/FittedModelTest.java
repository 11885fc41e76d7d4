package io.crmkit.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FittedModelTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final ModelKey KEY = ModelKey.of("clv.purchases");
  private static final LocalDate FIT = LocalDate.of(2026, 3, 1);

  private static FittedModel model(Map<String, Double> parameters) {
    return FittedModel.of(TENANT, KEY, "bg-nbd", FIT, -1234.5, 500, parameters);
  }

  @Test
  void new_parametersInAnyOrder_keepsThemInNameOrderAndUnmodifiable() {
    Map<String, Double> given = new LinkedHashMap<>();
    given.put("r", 0.24);
    given.put("alpha", 4.41);
    given.put("b", 2.43);
    given.put("a", 0.79);

    FittedModel model = model(given);
    given.put("extra", 1.0);

    assertThat(model.parameters().keySet()).containsExactly("a", "alpha", "b", "r");
    assertThat(model.parameter("alpha")).hasValue(4.41);
    assertThat(model.parameter("gamma")).isEmpty();
    assertThatThrownBy(() -> model.parameters().put("x", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void new_kindWithSurroundingSpace_stripsIt() {
    FittedModel model = new FittedModel(TENANT, KEY, " bg-nbd ", FIT, 0, 1, Map.of("r", 1.0), 0);

    assertThat(model.kind()).isEqualTo("bg-nbd");
  }

  @Test
  void new_everyFieldWrong_listsEveryProblemWithItsValue() {
    Map<String, Double> bad = new HashMap<>();
    bad.put("1r", 1.0);
    bad.put("alpha", Double.NaN);
    bad.put("b", Double.POSITIVE_INFINITY);

    assertThatThrownBy(
            () -> new FittedModel(TENANT, KEY, " ", FIT, Double.NEGATIVE_INFINITY, 0, bad, 0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::rejectedValue)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("kind", " "),
                        org.assertj.core.groups.Tuple.tuple("logLikelihood", "-Infinity"),
                        org.assertj.core.groups.Tuple.tuple("customers", "0"),
                        org.assertj.core.groups.Tuple.tuple("parameters", "1r"),
                        org.assertj.core.groups.Tuple.tuple("parameters.alpha", "NaN"),
                        org.assertj.core.groups.Tuple.tuple("parameters.b", "Infinity")));
  }

  @Test
  void new_noParameters_isRefused() {
    assertThatThrownBy(() -> model(Map.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void new_tooManyParameters_isRefused() {
    Map<String, Double> many = new HashMap<>();
    for (int i = 0; i <= FittedModel.MAX_PARAMETERS; i++) {
      many.put("p" + i, (double) i);
    }

    assertThatThrownBy(() -> model(many))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be at most " + FittedModel.MAX_PARAMETERS);
  }

  @Test
  void new_nullParameterValueOrNegativeVersion_failsFast() {
    Map<String, Double> withNull = new HashMap<>();
    withNull.put("r", null);

    assertThatThrownBy(() -> model(withNull)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> model(Map.of("r", 1.0)).withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_sameParametersInAnotherOrder_areEqual() {
    Map<String, Double> ordered = new LinkedHashMap<>();
    ordered.put("b", 2.0);
    ordered.put("a", 1.0);
    new EqualsTester()
        .addEqualityGroup(model(Map.of("a", 1.0, "b", 2.0)), model(ordered))
        .addEqualityGroup(model(Map.of("a", 1.0, "b", 2.5)))
        .addEqualityGroup(model(Map.of("a", 1.0, "b", 2.0)).withVersion(1))
        .testEquals();
  }

  @Test
  void publicApi_rejectsNulls() {
    FittedModel model = model(Map.of("r", 1.0));
    com.google.common.testing.NullPointerTester tester =
        io.crmkit.core.shared.NullPointerTesters.withDomainDefaults()
            .setDefault(ModelKey.class, KEY)
            .setDefault(FittedModel.class, model)
            .setDefault(Map.class, Map.of("r", 1.0));

    tester.testAllPublicConstructors(FittedModel.class);
    tester.testAllPublicStaticMethods(FittedModel.class);
    tester.testAllPublicInstanceMethods(model);
    tester.testAllPublicConstructors(ModelKey.class);
    tester.testAllPublicConstructors(FittedModelChanged.class);
  }

  @Test
  void modelKey_blank_isRefused() {
    assertThatThrownBy(() -> ModelKey.of("  ")).isInstanceOf(ValidationException.class);
    assertThat(ModelKey.of(" vip/spend ").code()).isEqualTo("vip/spend");
  }
}
