package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FittedModelConversionTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final ModelKey KEY = ModelKey.of("clv");
  private static final LocalDate FIT = LocalDate.of(2026, 3, 1);
  private static final BgNbdModel BG_NBD =
      new BgNbdModel(0.243, 4.414, 0.793, 2.426, FIT, -9582.43, 2357);
  private static final GammaGammaModel GAMMA_GAMMA =
      new GammaGammaModel(6.25, 3.74, 15.44, Currency.getInstance("CNY"), FIT, -4100.5, 946);

  private static FittedModel stored(String kind, Map<String, Double> parameters) {
    return FittedModel.of(TENANT, KEY, kind, FIT, -1.5, 10, parameters);
  }

  private static ValidationException refusal(Runnable conversion) {
    try {
      conversion.run();
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("the conversion was not refused");
  }

  @Test
  void bgNbd_toFittedAndBack_givesAnEqualModel() {
    FittedModel fitted = BG_NBD.toFitted(TENANT, KEY);

    assertThat(fitted.kind()).isEqualTo(BgNbdModel.KIND);
    assertThat(fitted.parameters())
        .containsExactly(
            Map.entry("a", 0.793),
            Map.entry("alpha", 4.414),
            Map.entry("b", 2.426),
            Map.entry("r", 0.243));
    assertThat(fitted.fitDate()).isEqualTo(FIT);
    assertThat(fitted.customers()).isEqualTo(2357);
    assertThat(BgNbdModel.fromFitted(fitted)).isEqualTo(BG_NBD);
  }

  @Test
  void gammaGamma_toFittedAndBack_keepsTheCurrencyInTheKind() {
    FittedModel fitted = GAMMA_GAMMA.toFitted(TENANT, KEY);

    assertThat(fitted.kind()).isEqualTo("gamma-gamma:CNY");
    assertThat(fitted.parameters().keySet()).containsExactly("gamma", "p", "q");
    assertThat(GammaGammaModel.fromFitted(fitted)).isEqualTo(GAMMA_GAMMA);
  }

  @Test
  void bgNbd_fromFittedOfAnotherKindMissingAndUnknownParameters_listsEveryProblem() {
    FittedModel wrong = stored("pareto-nbd", Map.of("r", 1.0, "alpha", 2.0, "s", 0.5));

    ValidationException e = refusal(() -> BgNbdModel.fromFitted(wrong));

    assertThat(e.errors())
        .extracting(FieldError::field, FieldError::rejectedValue)
        .containsExactlyInAnyOrder(
            tuple("kind", "pareto-nbd"),
            tuple("parameters.a", null),
            tuple("parameters.b", null),
            tuple("parameters.s", "0.5"));
  }

  @Test
  void bgNbd_fromFittedWithANonPositiveParameter_isRefusedByTheModel() {
    FittedModel bad = stored(BgNbdModel.KIND, Map.of("r", -1.0, "alpha", 2.0, "a", 0.5, "b", 0.0));

    ValidationException e = refusal(() -> BgNbdModel.fromFitted(bad));

    assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("r", "b");
  }

  @Test
  void gammaGamma_fromFittedWithoutCurrencyOrWithAnUnknownOne_isRefused() {
    Map<String, Double> parameters = Map.of("p", 6.0, "q", 3.0, "gamma", 15.0);

    for (String kind : new String[] {"gamma-gamma", "gamma-gamma:XYZ1", "bg-nbd"}) {
      ValidationException e = refusal(() -> GammaGammaModel.fromFitted(stored(kind, parameters)));
      assertThat(e.errors())
          .as(kind)
          .extracting(FieldError::field, FieldError::rejectedValue)
          .containsExactly(tuple("kind", kind));
    }
  }

  @Test
  void gammaGamma_fromFittedWithQNotAboveOne_isRefusedByTheModel() {
    FittedModel bad = stored("gamma-gamma:USD", Map.of("p", 6.0, "q", 1.0, "gamma", 15.0));

    assertThatThrownBy(() -> GammaGammaModel.fromFitted(bad))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("q");
  }

  @Test
  void customerValueModel_fromFittedBothWrong_listsProblemsOfBothUnderTheirNames() {
    FittedModel spendAsPurchases = GAMMA_GAMMA.toFitted(TENANT, KEY);
    FittedModel purchasesAsSpend = BG_NBD.toFitted(TENANT, KEY);

    ValidationException e =
        refusal(() -> CustomerValueModel.fromFitted(spendAsPurchases, purchasesAsSpend));

    assertThat(e.errors())
        .extracting(FieldError::field)
        .contains("purchases.kind", "purchases.parameters.r", "spend.kind", "spend.parameters.p");
    assertThat(CustomerValueModel.fromFitted(purchasesAsSpend, spendAsPurchases))
        .isEqualTo(new CustomerValueModel(BG_NBD, GAMMA_GAMMA));
  }
}
